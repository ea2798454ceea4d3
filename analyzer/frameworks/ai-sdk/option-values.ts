import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/**
 * Reading the option objects given to AI SDK calls. Keys are read on the literal passed to a call
 * already resolved to the SDK, so a key names that call's option whatever the user's identifiers are.
 */

/** How far a value is followed through `const x = …` and imports before giving up (re-export chains, cycles). */
const MAX_HOPS = 8;

/** The expression a value was written as: through parentheses, `as`, variables, shorthand properties and imports. */
export function valueOf(checker: ts.TypeChecker, expression: ts.Expression | undefined): ts.Expression | undefined {
  let current = skipOuterExpressions(expression);
  for (let hop = 0; current && hop < MAX_HOPS && ts.isIdentifier(current); hop++) {
    const initializer = variableInitializer(checker, current);
    if (!initializer) break;
    current = skipOuterExpressions(initializer);
  }
  return current;
}

function variableInitializer(checker: ts.TypeChecker, identifier: ts.Identifier): ts.Expression | undefined {
  try {
    const parent = identifier.parent;
    let symbol = ts.isShorthandPropertyAssignment(parent) && parent.name === identifier ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    return declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) ? declaration.initializer : undefined;
  } catch (error) {
    noteCheckerFault(checker, error, identifier);
    return undefined;
  }
}

/** The object literal a call's options argument was written as, if it was one. */
export function optionsObject(checker: ts.TypeChecker, argument: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  const value = valueOf(checker, argument);
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** An option of an object literal: `key: value`, shorthand `key`, or a method `key() {}`. */
export interface OptionEntry {
  key: string;
  /** The whole entry: where a finding about it is located. */
  node: ts.ObjectLiteralElementLike;
  /** The value written (the identifier for shorthand; the method itself for a method). */
  value: ts.Expression | ts.MethodDeclaration;
}

export function optionEntries(object: ts.ObjectLiteralExpression): OptionEntry[] {
  const entries: OptionEntry[] = [];
  for (const property of object.properties) {
    const key = property.name && propertyKey(property.name);
    if (key === undefined) continue;
    if (ts.isPropertyAssignment(property)) entries.push({ key, node: property, value: property.initializer });
    else if (ts.isShorthandPropertyAssignment(property)) entries.push({ key, node: property, value: property.name });
    else if (ts.isMethodDeclaration(property)) entries.push({ key, node: property, value: property });
  }
  return entries;
}

export function option(object: ts.ObjectLiteralExpression | undefined, key: string): OptionEntry | undefined {
  return object ? optionEntries(object).find((entry) => entry.key === key) : undefined;
}

/** The value of an option when it is an expression (not a method). */
export function optionValue(object: ts.ObjectLiteralExpression | undefined, key: string): ts.Expression | undefined {
  const value = option(object, key)?.value;
  return value && !ts.isMethodDeclaration(value) ? value : undefined;
}

/** The expressions an object literal spreads in (`...base`): their keys are unknown here. */
export function spreadValues(object: ts.ObjectLiteralExpression): ts.Expression[] {
  return object.properties.filter(ts.isSpreadAssignment).map((spread) => spread.expression);
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** What a function gives back: its expression body, or the expressions of its own `return`s (not those of nested functions). */
export function returnedExpressions(fn: ts.Node): ts.Expression[] {
  if (!ts.isFunctionLike(fn)) return [];
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return returned;
}
