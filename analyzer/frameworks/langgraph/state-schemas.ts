import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { safeTypeAt } from '../../types/type-properties.js';
import { optionValue } from './graph-builders.js';

/** The schemas a graph is built with: its state, and what callers may pass in. */
export interface GraphSchemas {
  state?: ts.Expression;
  /** The input schema; the state schema when none narrows it. */
  input?: ts.Expression;
}

/**
 * `new StateGraph(State)`, `new StateGraph(State, { input, output })`,
 * `new StateGraph({ stateSchema, input, output })` and `new StateGraph({ input, output })`.
 */
export function graphSchemas(construction: ts.NewExpression): GraphSchemas {
  const [first, second] = construction.arguments ?? [];
  const literal = skipOuterExpressions(first);
  if (literal && ts.isObjectLiteralExpression(literal) && (optionValue(literal, 'stateSchema') || optionValue(literal, 'input'))) {
    const state = optionValue(literal, 'stateSchema') ?? optionValue(literal, 'input');
    return { state, input: optionValue(literal, 'input') ?? state };
  }
  return { state: first, input: optionValue(second, 'input') ?? first };
}

/**
 * Whether a subgraph whose input is `childInput` takes in the whole state of a parent built on
 * `parentState`: the same schema value, or a schema with every channel of the parent's.
 */
export function sharesWholeState(checker: ts.TypeChecker, parentState: ts.Expression | undefined, childInput: ts.Expression | undefined): boolean {
  if (!parentState || !childInput) return false;
  const parentSymbol = valueSymbol(checker, parentState);
  if (parentSymbol && parentSymbol === valueSymbol(checker, childInput)) return true;
  const parentKeys = channelNames(checker, parentState);
  const childKeys = new Set(channelNames(checker, childInput));
  return parentKeys.length > 0 && parentKeys.every((key) => childKeys.has(key));
}

/** The channels of a state schema: an `Annotation.Root`'s `spec`, a zod object's `shape`. */
export function channelNames(checker: ts.TypeChecker, schema: ts.Expression): string[] {
  const type = safeTypeAt(checker, schema);
  if (!type) return [];
  for (const holder of ['spec', 'shape']) {
    const property = type.getProperty(holder);
    if (!property) continue;
    try {
      return checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(property, schema)).map((p) => p.name);
    } catch {
      return [];
    }
  }
  return [];
}

function valueSymbol(checker: ts.TypeChecker, expression: ts.Expression): ts.Symbol | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner))) return undefined;
  try {
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  } catch {
    return undefined;
  }
}
