import ts from '../typescript.cjs';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { ResolvedConfig } from '../config/config.js';
import { SyntaxMemo } from '../syntax-memo.js';

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
    if (program.isSourceFileDefaultLibrary(sourceFile)) continue;
    for (const name of taggedNames(sourceFile)) names.add(name);
  }
  return names;
}

/** Read once per SourceFile: the next program of an editor reuses every file it did not change. */
const tagged = new SyntaxMemo<ts.SourceFile, readonly string[]>();

function taggedNames(sourceFile: ts.SourceFile): readonly string[] {
  return tagged.get(sourceFile, () => findTaggedNames(sourceFile));
}

function findTaggedNames(sourceFile: ts.SourceFile): string[] {
  const found: string[] = [];
  // Most files, and every large declaration file, never mention the tag: not walked, and their text searched once.
  if (!sourceFile.text.includes('@reshimu')) return found;
  const visit = (node: ts.Node): void => {
    const name = (node as ts.NamedDeclaration).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) && findTag(node, 'reshimu')) found.push(name.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
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
  const typedProperties: TypeShapes['properties'] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    const shapes = typeShapes(sourceFile);
    for (const { name, members } of shapes.types) if (members.some((member) => intentNames.has(member))) holderTypes.add(name);
    for (const property of shapes.properties) typedProperties.push(property);
  }
  for (const { name, typeNames } of typedProperties) {
    if (typeNames.some((typeName) => holderTypes.has(typeName))) containers.add(name);
  }
  return containers;
}

/** The named types of a file with their member names, and its typed properties with the type names they refer to. */
interface TypeShapes {
  types: Array<{ name: string; members: string[] }>;
  properties: Array<{ name: string; typeNames: string[] }>;
}

/** Read once per SourceFile, like `taggedNames`. */
const shapesOf = new SyntaxMemo<ts.SourceFile, TypeShapes>();

function typeShapes(sourceFile: ts.SourceFile): TypeShapes {
  return shapesOf.get(sourceFile, () => findTypeShapes(sourceFile));
}

function findTypeShapes(sourceFile: ts.SourceFile): TypeShapes {
  const found: TypeShapes = { types: [], properties: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name) {
      found.types.push({ name: node.name.text, members: memberNames(node) });
    }
    if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) && node.type && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      found.properties.push({ name: node.name.text, typeNames: referencedTypeNames(node.type) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function memberNames(declaration: ts.InterfaceDeclaration | ts.ClassDeclaration | ts.TypeAliasDeclaration): string[] {
  const members: readonly ts.Node[] = ts.isTypeAliasDeclaration(declaration)
    ? ts.isTypeLiteralNode(declaration.type) ? declaration.type.members : []
    : declaration.members;
  return members.flatMap((member) => {
    const name = (member as ts.NamedDeclaration).name;
    return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? [name.text] : [];
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
