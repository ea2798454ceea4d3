import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { safeTypeAt } from '../../types/type-properties.js';
import { packageOf } from '../resolved-declaration.js';
import { optionValue } from './graph-builders.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

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

/** The channels of a state schema by name, each with the type of the value it holds when known. */
export type Channels = Map<string, ts.Type | undefined>;

/**
 * The channels of a state schema: an `Annotation.Root` (its `State`, else its `spec`) or a zod
 * object (its `shape`). Undefined when the schema does not resolve (an unresolved import, an error
 * type): nothing is known about it, so no claim is made on it.
 */
export function schemaChannels(checker: ts.TypeChecker, schema: ts.Expression | undefined): Channels | undefined {
  if (!schema || !isResolvedSchema(checker, schema)) return undefined;
  const type = safeTypeAt(checker, schema);
  if (!type || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const state = propertyType(checker, type, 'State', schema);
  if (state) return new Map(safeProperties(checker, state).map((p) => [p.name, checker.getTypeOfSymbolAtLocation(p, schema)]));
  for (const holder of ['spec', 'shape']) {
    const holderType = propertyType(checker, type, holder, schema);
    if (!holderType) continue;
    return new Map(safeProperties(checker, holderType).map((p) => [p.name, zodOutput(checker, checker.getTypeOfSymbolAtLocation(p, schema), schema)]));
  }
  return undefined;
}

/**
 * Whether a subgraph whose input is `childInput` takes in the whole state of a parent built on
 * `parentState`: the same schema value, or a schema with every channel of the parent's. A schema
 * that does not resolve is never equal to anything.
 */
export function sharesWholeState(checker: ts.TypeChecker, parentState: ts.Expression | undefined, childInput: ts.Expression | undefined): boolean {
  if (!parentState || !childInput) return false;
  const parentChannels = schemaChannels(checker, parentState);
  const childChannels = schemaChannels(checker, childInput);
  if (!parentChannels || !childChannels) return false;
  const parentSymbol = valueSymbol(checker, parentState);
  if (parentSymbol && parentSymbol === valueSymbol(checker, childInput)) return true;
  return parentChannels.size > 0 && [...parentChannels.keys()].every((key) => childChannels.has(key));
}

/** A list of `@langchain/core` messages: a conversation history channel (`messages`, `MessagesAnnotation`). */
export function isMessageList(checker: ts.TypeChecker, type: ts.Type | undefined): boolean {
  if (!type) return false;
  const members = type.isUnion() ? type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [type];
  if (members.length === 0) return false;
  return members.every((member) => {
    if (!checker.isArrayType(member)) return false;
    const element = checker.getTypeArguments(member as ts.TypeReference)[0];
    if (!element) return false;
    const elements = element.isUnion() ? element.types : [element];
    return elements.every((e) => isCoreMessage(e));
  });
}

function isCoreMessage(type: ts.Type): boolean {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  return !!symbol && /Message/.test(symbol.name) && !!declaration && packageOf(declaration.getSourceFile().fileName) === '@langchain/core';
}

/** A schema expression whose symbol resolves to a declaration (not an unresolved import). */
export function isResolvedSchema(checker: ts.TypeChecker, expression: ts.Expression): boolean {
  const inner = skipOuterExpressions(expression);
  if (!inner) return false;
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return true;
  return valueSymbol(checker, inner) !== undefined;
}

function propertyType(checker: ts.TypeChecker, type: ts.Type, name: string, location: ts.Node): ts.Type | undefined {
  const property = type.getProperty(name);
  if (!property) return undefined;
  try {
    return checker.getTypeOfSymbolAtLocation(property, location);
  } catch (error) {
    noteCheckerFault(checker, error, location);
    return undefined;
  }
}

/** The value type of a zod schema (`_output`, zod 4 `_zod.output`), else the schema's own type. */
function zodOutput(checker: ts.TypeChecker, type: ts.Type, location: ts.Node): ts.Type {
  const output = propertyType(checker, type, '_output', location);
  if (output) return output;
  const internals = propertyType(checker, type, '_zod', location);
  return (internals && propertyType(checker, internals, 'output', location)) ?? type;
}

function safeProperties(checker: ts.TypeChecker, type: ts.Type): ts.Symbol[] {
  try {
    return checker.getPropertiesOfType(type);
  } catch (error) {
    noteCheckerFault(checker, error, type.getSymbol()?.declarations?.[0]);
    return [];
  }
}

/** The declared symbol an identifier denotes, through import aliases; undefined when it resolves to nothing. */
function valueSymbol(checker: ts.TypeChecker, expression: ts.Expression): ts.Symbol | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner))) return undefined;
  try {
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    // An unresolved import aliases the checker's one `unknown` symbol, which has no declaration.
    return target?.declarations?.length ? target : undefined;
  } catch (error) {
    noteCheckerFault(checker, error, inner);
    return undefined;
  }
}
