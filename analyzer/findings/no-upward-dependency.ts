import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { isFunctionWithBody } from '../callgraph/function-node.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { relativePath } from '../program/project-files.js';
import { findingAt, findingAtBoundary, type Finding } from './finding.js';

/** A call, or a value import used without being called, from a lower tier into a higher one. */
export function checkUpwardDependency(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { tiers } = context;
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (boundary.kind === 'model' || !boundary.toTier || !boundary.fromTier) continue;
    if (tiers.rank(boundary.toTier) >= tiers.rank(boundary.fromTier)) continue;
    findings.push(
      findingAtBoundary(
        'no-upward-dependency',
        boundary,
        `Upward dependency: ${boundary.from.name} (${boundary.fromTier}) calls ${boundary.to.name} (${boundary.toTier}); a lower tier must not depend on a higher one.`,
      ),
    );
  }
  for (const sourceFile of scope.files) findings.push(...upwardValueImports(context, sourceFile));
  return findings;
}

function upwardValueImports(context: AnalysisContext, sourceFile: ts.SourceFile): Finding[] {
  const { checker, tiers } = context;
  const importerTier = tiers.tierOfFile(sourceFile);
  if (!importerTier) return [];
  const findings: Finding[] = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || statement.importClause.isTypeOnly) continue;
    for (const binding of importBindings(statement.importClause)) {
      const alias = checker.getSymbolAtLocation(binding.name);
      if (!alias) continue;
      const target = alias.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(alias) : alias;
      const declaration = target.valueDeclaration ?? target.declarations?.[0];
      if (!declaration || !context.isProjectFile(declaration.getSourceFile())) continue;
      const targetTier = tierOfValue(context, declaration);
      if (!targetTier || tiers.rank(targetTier) >= tiers.rank(importerTier)) continue;
      if (!usedAsValueWithoutCall(checker, sourceFile, alias, binding.name)) continue;
      findings.push(
        findingAt(
          'no-upward-dependency',
          binding.node,
          `Upward dependency: ${relativePath(context.rootDir, sourceFile.fileName)} (${importerTier}) imports '${binding.name.text}' from ${relativePath(context.rootDir, declaration.getSourceFile().fileName)} (${targetTier}) and uses it as a value; a lower tier must not depend on a higher one.`,
        ),
      );
    }
  }
  return findings;
}

function importBindings(clause: ts.ImportClause): Array<{ name: ts.Identifier; node: ts.Node }> {
  const bindings: Array<{ name: ts.Identifier; node: ts.Node }> = [];
  if (clause.name) bindings.push({ name: clause.name, node: clause.name });
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named)) bindings.push({ name: named.name, node: named });
  if (named && ts.isNamedImports(named)) {
    for (const element of named.elements) if (!element.isTypeOnly) bindings.push({ name: element.name, node: element });
  }
  return bindings;
}

function tierOfValue(context: AnalysisContext, declaration: ts.Declaration): string | null {
  const initializer = ts.isVariableDeclaration(declaration) ? skipOuterExpressions(declaration.initializer) : undefined;
  const fnDecl = isFunctionWithBody(declaration) ? declaration : initializer && isFunctionWithBody(initializer) ? initializer : undefined;
  const fn = fnDecl ? context.graph.functionOf(fnDecl) : undefined;
  return fn ? context.tiers.tierOfFunction(fn) : context.tiers.tierOfFile(declaration.getSourceFile());
}

/** Calls are reported as upward calls; type positions are allowed; anything else uses the value. */
function usedAsValueWithoutCall(checker: ts.TypeChecker, sourceFile: ts.SourceFile, alias: ts.Symbol, declared: ts.Identifier): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    // Type positions, `implements` clauses among them, are no use at run time; a class's `extends` is.
    if (ts.isImportDeclaration(node) || (ts.isTypeNode(node) && !isClassExtends(node))) return;
    if (ts.isIdentifier(node) && node !== declared && node.text === declared.text && checker.getSymbolAtLocation(node) === alias) {
      if (!isCalled(checker, node)) found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** `class Clock extends SessionClock`: the base class is a value the subclass runs (an interface's `extends` is a type). */
function isClassExtends(node: ts.Node): boolean {
  return ts.isExpressionWithTypeArguments(node) && ts.isHeritageClause(node.parent) && node.parent.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(node.parent.parent);
}

/** Called, so reported as an upward call; `new` counts only for a declared constructor, the call the call graph sees. */
function isCalled(checker: ts.TypeChecker, identifier: ts.Identifier): boolean {
  let callee: ts.Node = identifier;
  while (ts.isPropertyAccessExpression(callee.parent) && callee.parent.expression === callee) callee = callee.parent;
  const parent = callee.parent;
  if (ts.isCallExpression(parent)) return parent.expression === callee;
  return ts.isNewExpression(parent) && parent.expression === callee && checker.getResolvedSignature(parent)?.declaration !== undefined;
}
