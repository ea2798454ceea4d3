import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { AdapterContext } from '../framework-adapter.js';
import { graphMethod, isRemoteGraphClass, isStateGraphClass } from './langgraph-declarations.js';
import type { Deployments } from './deployments.js';

/**
 * Which `new StateGraph(...)` an expression builds on. A graph is written as a method chain
 * (`new StateGraph(S).addNode(...).compile()`), as statements on a variable, or imported from
 * another module; all of them lead back to the one constructor call, which identifies the graph.
 */
export class GraphBuilders {
  constructor(
    private readonly context: AdapterContext,
    /** A `new RemoteGraph({ graphId })` stands for the graph `langgraph.json` deploys under that id. */
    private readonly deployments?: Deployments,
  ) {}

  rootOf(expression: ts.Expression | undefined, seen = new Set<ts.Node>()): ts.NewExpression | undefined {
    let inner = skipOuterExpressions(expression);
    while (inner && ts.isAwaitExpression(inner)) inner = skipOuterExpressions(inner.expression);
    if (!inner || seen.has(inner)) return undefined;
    seen.add(inner);
    if (ts.isNewExpression(inner)) {
      const resolved = this.context.resolve(inner.expression);
      if (isStateGraphClass(resolved)) return inner;
      if (!isRemoteGraphClass(resolved) || !this.deployments) return undefined;
      const target = this.deployments.target(inner, optionValue(inner.arguments?.[0], 'graphId'));
      return 'value' in target ? this.rootOf(target.value, seen) : undefined;
    }
    if (ts.isCallExpression(inner)) {
      const callee = inner.expression;
      return ts.isPropertyAccessExpression(callee) && graphMethod(this.context.resolve(callee)) ? this.rootOf(callee.expression, seen) : undefined;
    }
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) {
      const declaration = this.context.resolve(inner)?.declaration;
      if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration))) {
        return this.rootOf(declaration.initializer, seen);
      }
    }
    return undefined;
  }
}

/**
 * The name a variable gives to the chain an expression is part of
 * (`export const researchGraph = new StateGraph(S).addNode(...).compile()` → `researchGraph`).
 */
export function chainVariableName(node: ts.Node): string | undefined {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return undefined;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === current && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
      current = parent.parent;
    } else if (ts.isParenthesizedExpression(parent) || ts.isAwaitExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isNonNullExpression(parent)) {
      current = parent;
    } else if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.initializer === current) {
      return ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : undefined;
    } else {
      return undefined;
    }
  }
}


/** The value of a property of an options object literal (`{ input: X }` → `X`). */
export function optionValue(options: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const literal = skipOuterExpressions(options);
  if (!literal || !ts.isObjectLiteralExpression(literal)) return undefined;
  for (const property of literal.properties) {
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (name !== key) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}
