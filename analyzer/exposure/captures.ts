import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';
import { packageOf } from '../frameworks/resolved-declaration.js';
import { safeTypeAt } from '../types/type-properties.js';
import { contextType } from './whole-context.js';

/** A variable of the sender's scope that a lower-tier framework component built there reads. */
export interface Capture {
  /** Its first reference inside the component. */
  reference: ts.Identifier;
  /** Set when the variable is a whole context: its type name and fields. */
  context?: { typeName: string; fields: string[] };
  /** Top-level fields the component reads of it; undefined when it uses the value whole. */
  reads: Set<string> | undefined;
}

const cache = new WeakMap<Boundary, Capture[]>();

/**
 * What a framework component (a tool built inline in a graph node) captures from the scope it is
 * built in: the variables declared in the enclosing functions that its code reads. Nothing is
 * handed over explicitly on such a boundary (no arguments), so the captures are what crosses.
 * Values whose type a package declares (a model, a client, a run config) are machinery, not data.
 */
export function capturesOf(context: AnalysisContext, boundary: Boundary): Capture[] {
  let found = cache.get(boundary);
  if (!found) {
    found = findCaptures(context, boundary);
    cache.set(boundary, found);
  }
  return found;
}

function findCaptures(context: AnalysisContext, boundary: Boundary): Capture[] {
  const entry = boundary.to.entry;
  if (boundary.kind === 'model' || boundary.to.framework === 'code' || boundary.args.length > 0 || !entry || !nestedIn(entry, boundary.sender)) return [];
  const scope = outermostFunction(boundary.sender);
  const entryDecl = entry.decl as ts.FunctionLikeDeclaration;
  if (!entryDecl.body) return [];
  const { checker } = context;
  const bySymbol = new Map<ts.Symbol, { reference: ts.Identifier; uses: ts.Identifier[] }>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      const declaration = symbol?.valueDeclaration;
      if (symbol && declaration && isCapturable(declaration) && within(declaration, scope.decl) && !within(declaration, entry.decl)) {
        const seen = bySymbol.get(symbol);
        if (seen) seen.uses.push(node);
        else bySymbol.set(symbol, { reference: node, uses: [node] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(entryDecl.body);
  const captures: Capture[] = [];
  for (const { reference, uses } of bySymbol.values()) {
    const whole = contextType(context, boundary, reference);
    if (!whole && isMachinery(checker, reference)) continue;
    captures.push({ reference, context: whole, reads: topLevelReads(uses) });
  }
  return captures;
}

/** The fields read through references to a captured variable; undefined when one uses it whole. */
function topLevelReads(uses: readonly ts.Identifier[]): Set<string> | undefined {
  const reads = new Set<string>();
  for (const use of uses) {
    let parent = use.parent;
    while (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent)) parent = parent.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name !== use) reads.add(parent.name.text);
    else if (ts.isElementAccessExpression(parent) && ts.isStringLiteralLike(parent.argumentExpression)) reads.add(parent.argumentExpression.text);
    else if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) {
      for (const element of parent.name.elements) {
        const key = element.propertyName ?? element.name;
        if (element.dotDotDotToken || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) return undefined;
        reads.add(key.text);
      }
    } else return undefined;
  }
  return reads;
}

/** Parameters and local variables carry data; functions, classes and imports are code. */
function isCapturable(declaration: ts.Declaration): boolean {
  return ts.isParameter(declaration) || ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration);
}

function isMachinery(checker: ts.TypeChecker, reference: ts.Identifier): boolean {
  const type = safeTypeAt(checker, reference);
  const nonNullable = type && checker.getNonNullableType(type);
  if (!nonNullable || nonNullable.getCallSignatures().length > 0) return true;
  // A class or interface a package declares (a model, a client, a run config); data shaped by a package's mapped types is still data.
  const symbol = nonNullable.getSymbol();
  const declaration = symbol && symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface) ? symbol.declarations?.[0] : undefined;
  return declaration !== undefined && packageOf(declaration.getSourceFile().fileName) !== undefined;
}

function nestedIn(inner: FunctionNode, outer: FunctionNode): boolean {
  for (let current = inner.parent; current; current = current.parent) if (current === outer) return true;
  return false;
}

function outermostFunction(fn: FunctionNode): FunctionNode {
  let current = fn;
  while (current.parent && !isModuleNode(current.parent)) current = current.parent;
  return current;
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}

function isPropertyName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.name === identifier) || (ts.isPropertyAssignment(parent) && parent.name === identifier);
}
