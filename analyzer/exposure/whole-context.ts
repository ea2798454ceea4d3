import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import { namedFunction } from '../callgraph/function-node.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { dataProperties, safeTypeAt, typeDeclaration, typeName } from '../types/type-properties.js';
import { packageOf } from '../frameworks/resolved-declaration.js';

/** How a whole context crosses: handed over as it is, spread into an object, or serialised into a string. */
export type CrossingMode = 'as-is' | 'spread' | 'serialised';

export interface ContextCrossing {
  mode: CrossingMode;
  /** The context expression itself. */
  expression: ts.Expression;
  /** Where it crosses: the expression, or the whole spread element (`...ctx`). */
  location: ts.Node;
  /** The argument it crosses in. */
  argument: ts.Expression;
  argumentIndex: number;
  typeName: string;
  fields: string[];
}

/**
 * A context: a `@context`/`contexts` type, or the sender's own input parameter when its type is an
 * object with two or more properties. Primitives never are.
 */
export function contextType(context: AnalysisContext, boundary: Boundary, expression: ts.Expression): { typeName: string; fields: string[] } | undefined {
  // An optional context (`ctx?: AppContext`, `runContext?.context`) is still a context.
  const found = safeTypeAt(context.checker, expression);
  const type = found && context.checker.getNonNullableType(found);
  if (!type) return undefined;
  const fields = dataProperties(context.checker, type).map((p) => p.name);
  if (fields.length === 0) return undefined;
  const declaration = typeDeclaration(type);
  if (declaration && context.types.isContextDeclaration(declaration)) return { typeName: typeName(context.checker, type), fields };
  if (context.frameworks.isFrameworkContext(expression, type)) return { typeName: typeName(context.checker, type), fields };
  if (fields.length >= 2 && !isMachinery(type) && isSendersParameter(context, boundary, expression)) return { typeName: typeName(context.checker, type), fields };
  return undefined;
}

function isSendersParameter(context: AnalysisContext, boundary: Boundary, expression: ts.Expression): boolean {
  const inner = skipOuterExpressions(expression);
  if (!inner || !ts.isIdentifier(inner)) return false;
  const declaration = context.checker.getSymbolAtLocation(inner)?.valueDeclaration;
  if (!declaration || !ts.isParameter(declaration)) return false;
  const sender = namedFunction(boundary.sender);
  return declaration.parent === sender.decl || declaration.parent === boundary.sender.decl;
}

/** Every whole context crossing in the boundary's arguments. */
export function contextCrossings(context: AnalysisContext, boundary: Boundary): ContextCrossing[] {
  const crossings: ContextCrossing[] = [];
  boundary.args.forEach((argument, argumentIndex) => {
    const add = (mode: CrossingMode, expression: ts.Expression, location: ts.Node = expression) => {
      const found = contextType(context, boundary, expression);
      if (found) crossings.push({ mode, expression, location, argument, argumentIndex, ...found });
    };
    const inner = skipOuterExpressions(argument) ?? argument;
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
      add('as-is', argument);
      return;
    }
    visitCrossingParts(inner, add);
  });
  return crossings;
}

/** Spreads and serialisations inside an argument (not inside nested functions). */
function visitCrossingParts(node: ts.Node, add: (mode: CrossingMode, expression: ts.Expression, location?: ts.Node) => void): void {
  if (ts.isFunctionLike(node)) return;
  if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node)) add('spread', node.expression, node);
  else if (ts.isTemplateSpan(node)) add('serialised', node.expression);
  else if (ts.isCallExpression(node) && isSerialiser(node) && node.arguments[0]) add('serialised', node.arguments[0]);
  else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    for (const side of [node.left, node.right]) if (!ts.isStringLiteral(side) && !ts.isBinaryExpression(side)) add('serialised', side);
  }
  ts.forEachChild(node, (child) => visitCrossingParts(child, add));
}

function isSerialiser(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'String';
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON' && callee.name.text === 'stringify';
}

/**
 * A value of a class or interface a package declares (a LangGraph run config, a client), also
 * extended by the project (`LangGraphRunnableConfig & { … }`): machinery, never the sender's data.
 */
function isMachinery(type: ts.Type): boolean {
  const members = type.isIntersection() ? type.types : [type];
  return members.some((member) => {
    const symbol = member.getSymbol();
    const declaration = symbol && symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface) ? symbol.declarations?.[0] : undefined;
    return declaration !== undefined && packageOf(declaration.getSourceFile().fileName) !== undefined;
  });
}
