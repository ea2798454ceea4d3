import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import { AnalysisMemo } from '../analysis-memo.js';
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
  /** The local or helper the context went through when it was built away from the sink. */
  through?: ts.Expression;
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
  if (context.frameworks.isMachinery(type)) return undefined;
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

/** Per analysis and boundary: the crossings found (asked by `no-context-passthrough` and again by the report). */
const crossingsAtBoundary = new AnalysisMemo<Boundary, readonly ContextCrossing[]>();

/** Every whole context crossing in the boundary's arguments. */
export function contextCrossings(context: AnalysisContext, boundary: Boundary): readonly ContextCrossing[] {
  return crossingsAtBoundary.get(context, boundary, () => findContextCrossings(context, boundary));
}

function findContextCrossings(context: AnalysisContext, boundary: Boundary): ContextCrossing[] {
  const crossings: ContextCrossing[] = [];
  // Into a model, what crosses is followed back to where it was built (a local, a helper).
  const built = boundary.kind === 'model' ? context.built : undefined;
  boundary.args.forEach((argument, argumentIndex) => {
    const seen = new Set<ts.Node>();
    // `at`: the helper call a value was built behind when the helper lives in another file; findings stay in the sender's file.
    const visit = (node: ts.Node, through: ts.Expression | undefined, parameters: ReadonlyMap<ts.Symbol, ts.Expression> | undefined, at: ts.Expression | undefined): void => {
      const add = (mode: CrossingMode, expression: ts.Expression, location: ts.Node = expression) => {
        // Inside a helper, its parameter stands for the argument the sender gave it: that is where the data enters.
        const given = parameters && ts.isIdentifier(expression) ? parameters.get(context.built.symbolOf(expression)!) : undefined;
        const found = contextType(context, boundary, given ?? expression);
        if (found) crossings.push({ mode, expression: given ?? expression, location: given ?? at ?? location, argument, argumentIndex, through, ...found });
      };
      const follow = (expression: ts.Expression): boolean => {
        const inner = skipOuterExpressions(expression) ?? expression;
        const from = built && !seen.has(inner) ? built.builtFrom(inner) : undefined;
        if (!from) return false;
        seen.add(inner);
        for (const source of from.sources) visit(source, through ?? inner, from.parameters ?? parameters, at ?? (source.getSourceFile() !== inner.getSourceFile() ? inner : undefined));
        return true;
      };
      visitCrossingParts(node, add, follow);
    };
    const inner = skipOuterExpressions(argument) ?? argument;
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
      const from = built && ts.isIdentifier(inner) ? built.builtFrom(inner) : undefined;
      if (!from) {
        crossings.push(...asIs(context, boundary, argument, argumentIndex));
        return;
      }
    }
    visit(argument, undefined, undefined, undefined);
  });
  return crossings;
}

function asIs(context: AnalysisContext, boundary: Boundary, argument: ts.Expression, argumentIndex: number): ContextCrossing[] {
  const found = contextType(context, boundary, argument);
  return found ? [{ mode: 'as-is', expression: argument, location: argument, argument, argumentIndex, ...found }] : [];
}

/**
 * Spreads and serialisations inside an argument (not inside nested functions). A value in a
 * crossing position that `follow` knows was built elsewhere is followed there instead.
 */
function visitCrossingParts(
  node: ts.Node,
  add: (mode: CrossingMode, expression: ts.Expression, location?: ts.Node) => void,
  follow: (expression: ts.Expression) => boolean,
): void {
  if (ts.isFunctionLike(node)) return;
  if (ts.isExpression(node) && isValuePosition(node) && follow(node)) return;
  if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node)) add('spread', node.expression, node);
  else if (ts.isTemplateSpan(node)) add('serialised', node.expression);
  else if (ts.isCallExpression(node) && isSerialiser(node) && node.arguments[0]) add('serialised', node.arguments[0]);
  else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    for (const side of [node.left, node.right]) if (!ts.isStringLiteral(side) && !ts.isBinaryExpression(side)) add('serialised', side);
  }
  ts.forEachChild(node, (child) => visitCrossingParts(child, add, follow));
}

/** Where a value becomes part of what crosses (not a property read off it, not a callee). */
function isValuePosition(node: ts.Expression): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) return false;
  return !((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node);
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
