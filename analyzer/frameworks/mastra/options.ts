import ts from '../../typescript.cjs';
import { isFunctionWithBody, type FunctionDeclarationLike } from '../../callgraph/function-node.js';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { MASTRA_PACKAGE, packageRelativeFile } from './mastra-api.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** Following `const x = ...` chains stops here, so that cyclic or generated code cannot recurse without end. */
const MAX_DEPTH = 8;

/** An option written in an options object: `key: value`, the shorthand `key`, or a method `key() {}`. */
export interface OptionProperty {
  property: ts.ObjectLiteralElementLike;
  /** The value expression; for a shorthand, its name; undefined for a method. */
  value: ts.Expression | undefined;
  /** The function the option is, when it is written as a method. */
  method?: ts.MethodDeclaration;
}

/** The object literal an expression is: written in place, or the initializer of the variable it names. */
export function objectLiteralOf(checker: ts.TypeChecker, expression: ts.Expression | undefined, depth = 0): ts.ObjectLiteralExpression | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > MAX_DEPTH) return undefined;
  if (ts.isObjectLiteralExpression(inner)) return inner;
  const initializer = initializerOf(checker, inner);
  return initializer ? objectLiteralOf(checker, initializer, depth + 1) : undefined;
}

/** The initializer of the variable (or property) an identifier or property access refers to. */
export function initializerOf(checker: ts.TypeChecker, expression: ts.Expression): ts.Expression | undefined {
  if (!ts.isIdentifier(expression) && !ts.isPropertyAccessExpression(expression)) return undefined;
  const declaration = valueDeclarationOf(checker, expression);
  if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration))) return declaration.initializer;
  return undefined;
}

function valueDeclarationOf(checker: ts.TypeChecker, expression: ts.Identifier | ts.PropertyAccessExpression): ts.Declaration | undefined {
  try {
    const target = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    let symbol = checker.getSymbolAtLocation(target);
    const shorthand = symbol?.valueDeclaration;
    if (shorthand && ts.isShorthandPropertyAssignment(shorthand)) symbol = checker.getShorthandAssignmentValueSymbol(shorthand);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  } catch (error) {
    noteCheckerFault(checker, error, expression);
    return undefined;
  }
}

/**
 * The option `key` of the options object given to a Mastra call (argument `index`), read only when
 * the key resolves to a declaration in `@mastra/core` under `declaredUnder` (`dist/agent/`). That
 * tells `agents` of `new Agent` (`AgentConfigBase`) from `agents` of `new Mastra` (`Config`, a registry).
 */
export function mastraOption(
  checker: ts.TypeChecker,
  call: ts.CallExpression | ts.NewExpression,
  index: number,
  key: string,
  declaredUnder: string,
): OptionProperty | undefined {
  const literal = objectLiteralOf(checker, call.arguments?.[index]);
  const option = literal && propertyOf(literal, key);
  if (!literal || !option) return undefined;
  const file = declaringFile(checker, literal, key, call, index);
  return file !== undefined && file.startsWith(declaredUnder) ? option : undefined;
}

/** The last property named `key` in an object literal (a later one overrides an earlier one). */
export function propertyOf(literal: ts.ObjectLiteralExpression, key: string): OptionProperty | undefined {
  for (let i = literal.properties.length - 1; i >= 0; i--) {
    const property = literal.properties[i]!;
    if (!property.name || propertyName(property.name) !== key) continue;
    if (ts.isPropertyAssignment(property)) return { property, value: property.initializer };
    if (ts.isShorthandPropertyAssignment(property)) return { property, value: property.name };
    if (ts.isMethodDeclaration(property)) return { property, value: undefined, method: property };
  }
  return undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** The `@mastra/core` file (`dist/agent/types`) declaring the property `key` of the type the literal is checked against. */
function declaringFile(
  checker: ts.TypeChecker,
  literal: ts.ObjectLiteralExpression,
  key: string,
  call: ts.CallExpression | ts.NewExpression,
  index: number,
): string | undefined {
  try {
    // A literal written in place has a contextual type; one stored in a variable first is checked against the parameter.
    const parameter = checker.getResolvedSignature(call)?.parameters[index];
    const candidates = [checker.getContextualType(literal), parameter && checker.getTypeOfSymbolAtLocation(parameter, call)];
    for (const type of candidates) {
      for (const member of type?.isUnion() ? type.types : type ? [type] : []) {
        const declaration = checker.getApparentType(member).getProperty(key)?.declarations?.[0];
        const fileName = declaration?.getSourceFile().fileName;
        if (fileName && fileName.includes(`/node_modules/${MASTRA_PACKAGE}/`)) return packageRelativeFile(fileName);
      }
    }
  } catch (error) {
    noteCheckerFault(checker, error, literal);
    return undefined;
  }
  return undefined;
}


/**
 * The entries of a record option (`tools: { search }`, `agents: { researcher }`), where each one is
 * written: through spreads and variables, and the records a `DynamicArgument` function returns.
 */
export function recordEntries(checker: ts.TypeChecker, expression: ts.Expression | undefined, depth = 0): Array<{ site: ts.Node; value: ts.Expression }> {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > MAX_DEPTH) return [];
  if (ts.isObjectLiteralExpression(inner)) {
    return inner.properties.flatMap((property) => {
      if (ts.isPropertyAssignment(property)) return [{ site: property, value: property.initializer }];
      if (ts.isShorthandPropertyAssignment(property)) return [{ site: property, value: property.name }];
      if (ts.isSpreadAssignment(property)) return recordEntries(checker, property.expression, depth + 1);
      return [];
    });
  }
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return returnExpressions(inner).flatMap((e) => recordEntries(checker, e, depth + 1));
  if (ts.isConditionalExpression(inner)) return [...recordEntries(checker, inner.whenTrue, depth + 1), ...recordEntries(checker, inner.whenFalse, depth + 1)];
  if (ts.isAwaitExpression(inner)) return recordEntries(checker, inner.expression, depth + 1);
  const initializer = initializerOf(checker, inner);
  return initializer ? recordEntries(checker, initializer, depth + 1) : [];
}

/** What a function returns: its expression body, or the expressions of its own `return` statements. */
export function returnExpressions(fn: FunctionDeclarationLike): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionWithBody(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

/** Whether a value of this type carries a function under `path` (`delegation.messageFilter`): a designed filter is set. */
export function hasFunctionAt(checker: ts.TypeChecker, type: ts.Type | undefined, path: readonly string[]): boolean {
  if (!type) return false;
  try {
    return functionAt(checker, type, path);
  } catch (error) {
    noteCheckerFault(checker, error, type.getSymbol()?.declarations?.[0]);
    return false;
  }
}

function functionAt(checker: ts.TypeChecker, type: ts.Type, path: readonly string[], depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const members = type.isUnion() ? type.types : [type];
  return members.length > 0 && members.every((member) => {
    if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) return false;
    // A `DynamicArgument` option may be a function returning the options.
    const signatures = path.length > 0 ? member.getCallSignatures() : [];
    if (signatures.length > 0) return signatures.every((s) => functionAt(checker, awaited(checker, s.getReturnType()), path, depth + 1));
    if (path.length === 0) return member.getCallSignatures().length > 0;
    const property = checker.getApparentType(member).getProperty(path[0]!);
    const declaration = property?.valueDeclaration ?? property?.declarations?.[0];
    // An optional property typed by a declaration (not a literal) includes undefined: not known to be set.
    return property !== undefined && declaration !== undefined && functionAt(checker, checker.getTypeOfSymbolAtLocation(property, declaration), path.slice(1), depth + 1);
  });
}

function awaited(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  return checker.getAwaitedType(type) ?? type;
}
