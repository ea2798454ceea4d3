import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** The value of `key` in an options object literal (a shorthand property gives its name). */
export function optionValue(checker: ts.TypeChecker, options: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const literal = objectLiteralOf(checker, options);
  if (!literal) return undefined;
  for (const property of [...literal.properties].reverse()) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
    if (ts.isMethodDeclaration(property) && propertyName(property.name) === key) return undefined;
    if (ts.isSpreadAssignment(property)) {
      const spread = optionValue(checker, property.expression, key);
      if (spread) return spread;
    }
  }
  return undefined;
}

/** The `key: ...` property itself (for a location), when written in the literal. */
export function optionProperty(checker: ts.TypeChecker, options: ts.Expression | undefined, key: string): ts.ObjectLiteralElementLike | undefined {
  return objectLiteralOf(checker, options)?.properties.find((p) => p.name !== undefined && propertyName(p.name) === key);
}

/**
 * Whether the options may set `key`: written in the literal, or (for options that are not a
 * literal we can see) a property of their type. Used for filters, where unknown means "maybe".
 */
export function mayHaveOption(checker: ts.TypeChecker, options: ts.Expression | undefined, key: string): boolean {
  if (!options) return false;
  const literal = objectLiteralOf(checker, options);
  if (literal) {
    const value = optionValue(checker, literal, key);
    return value !== undefined && !isUndefinedLiteral(value);
  }
  try {
    return checker.getTypeAtLocation(options).getProperty(key) !== undefined;
  } catch (error) {
    noteCheckerFault(checker, error, options);
    return false;
  }
}

/** The expression a value is defined by: itself, or the initializer of the `const` it names (followed through imports). */
export function definitionOf(checker: ts.TypeChecker, expression: ts.Expression | undefined, depth = 0): ts.Expression | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > 8 || !ts.isIdentifier(inner)) return inner;
  let symbol: ts.Symbol | undefined;
  try {
    symbol = checker.getSymbolAtLocation(inner);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  } catch (error) {
    noteCheckerFault(checker, error, inner);
    return inner;
  }
  const declaration = symbol?.valueDeclaration;
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isVariableDeclarationList(declaration.parent) && declaration.parent.flags & ts.NodeFlags.Const) {
    return definitionOf(checker, declaration.initializer, depth + 1) ?? inner;
  }
  return inner;
}

/** The elements of a list option (`tools: [...]`), following `const` lists and spreads; unknown lists give none. */
export function listElements(checker: ts.TypeChecker, list: ts.Expression | undefined, depth = 0): ts.Expression[] {
  const literal = definitionOf(checker, list);
  if (!literal || depth > 8 || !ts.isArrayLiteralExpression(literal)) return [];
  return literal.elements.flatMap((element) => (ts.isSpreadElement(element) ? listElements(checker, element.expression, depth + 1) : [element]));
}

/** The expressions a function returns (its concise body, or its `return`s outside nested functions). */
export function returnedExpressions(fn: ts.Node): ts.Expression[] {
  if (!ts.isFunctionLike(fn) || !('body' in fn) || !fn.body) return [];
  const body = fn.body as ts.ConciseBody;
  if (!ts.isBlock(body)) return [body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return returned;
}

function objectLiteralOf(checker: ts.TypeChecker, options: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  const definition = definitionOf(checker, options);
  return definition && ts.isObjectLiteralExpression(definition) ? definition : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

function isUndefinedLiteral(expression: ts.Expression): boolean {
  const inner = skipOuterExpressions(expression);
  return !!inner && ((ts.isIdentifier(inner) && inner.text === 'undefined') || inner.kind === ts.SyntaxKind.NullKeyword);
}
