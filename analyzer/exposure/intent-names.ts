import ts from '../typescript.cjs';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { ResolvedConfig } from '../config/config.js';

/**
 * The property names an intent field can have: the last part of each `reshimu` config entry and
 * every property tagged `@reshimu`. Read from the config and the source text alone, so that a
 * program declaring no intent field costs the intent analysis nothing.
 */
export function declaredIntentNames(config: ResolvedConfig, program: ts.Program): Set<string> {
  const names = new Set<string>();
  for (const entry of config.config.reshimu ?? []) {
    const name = entry.slice(entry.lastIndexOf('.') + 1);
    if (name) names.add(name);
  }
  for (const sourceFile of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sourceFile) || !sourceFile.text.includes('@reshimu')) continue;
    const visit = (node: ts.Node): void => {
      const name = (node as ts.NamedDeclaration).name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) && findTag(node, 'reshimu')) names.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return names;
}

/**
 * The property names that can hold an object with an intent field one level down (`ctx.task`
 * when `Task.goal` is one): properties declared in the project with a type named after a type
 * that declares a member with an intent name. Read off the syntax, so that finding where a
 * nested intent enters asks the checker about these names only, never a type's whole property list.
 */
export function intentContainerNames(program: ts.Program, intentNames: ReadonlySet<string>): Set<string> {
  const containers = new Set<string>();
  if (intentNames.size === 0) return containers;
  const holderTypes = new Set<string>();
  const typedProperties: { name: string; typeNames: string[] }[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name && declaresIntentName(node, intentNames)) {
        holderTypes.add(node.name.text);
      }
      if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) && node.type && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        typedProperties.push({ name: node.name.text, typeNames: referencedTypeNames(node.type) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  for (const { name, typeNames } of typedProperties) {
    if (typeNames.some((typeName) => holderTypes.has(typeName))) containers.add(name);
  }
  return containers;
}

function declaresIntentName(declaration: ts.InterfaceDeclaration | ts.ClassDeclaration | ts.TypeAliasDeclaration, intentNames: ReadonlySet<string>): boolean {
  const members: readonly ts.Node[] = ts.isTypeAliasDeclaration(declaration)
    ? ts.isTypeLiteralNode(declaration.type) ? declaration.type.members : []
    : declaration.members;
  return members.some((member) => {
    const name = (member as ts.NamedDeclaration).name;
    return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && intentNames.has(name.text);
  });
}

/** `Task`, `Task | undefined`, `Readonly<Task>`: the type names a property's value is directly one of. */
function referencedTypeNames(type: ts.TypeNode): string[] {
  if (ts.isTypeReferenceNode(type)) {
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    return [name, ...(type.typeArguments ?? []).flatMap(referencedTypeNames)];
  }
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.flatMap(referencedTypeNames);
  if (ts.isParenthesizedTypeNode(type)) return referencedTypeNames(type.type);
  return [];
}
