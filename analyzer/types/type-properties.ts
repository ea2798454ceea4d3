import ts from '../typescript.cjs';
import { noteCheckerFault } from '../program/checker-faults.js';
import { isFrameworkInternal } from './machinery.js';

/** The data properties of an object type (methods left out); empty for primitives, arrays and functions. */
export function dataProperties(checker: ts.TypeChecker, type: ts.Type): ts.Symbol[] {
  if (!isObjectLike(checker, type)) return [];
  try {
    return checker.getPropertiesOfType(type).filter((p) => !(p.flags & ts.SymbolFlags.Method) && !p.name.startsWith('__') && !isFrameworkInternal(p));
  } catch (error) {
    noteCheckerFault(checker, error, type.getSymbol()?.declarations?.[0]);
    return [];
  }
}

export function isObjectLike(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never | ts.TypeFlags.TypeParameter)) return false;
  if (!(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) return false;
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  if (type.getCallSignatures().length > 0) return false;
  return true;
}

export function isAnyOrUnknown(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

/** The declaration of the named type behind a type (interface, alias, class), if any. */
export function typeDeclaration(type: ts.Type): ts.Declaration | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  return symbol?.declarations?.[0];
}

/** `AppContext`, or the type's text for anonymous types. */
export function typeName(checker: ts.TypeChecker, type: ts.Type): string {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (symbol && symbol.name !== '__type' && symbol.name !== '__object') return symbol.name;
  return checker.typeToString(type);
}

/** The type of a symbol, or undefined (noted as a checker fault) when the checker throws on it. */
export function safeTypeOfSymbol(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Type | undefined {
  try {
    return checker.getTypeOfSymbol(symbol);
  } catch (error) {
    noteCheckerFault(checker, error, symbol.declarations?.[0]);
    return undefined;
  }
}

/**
 * Types asked per checker and node: the checker does not keep the type of every expression (an
 * object literal argument is checked again, contextual signature and all, on each question), and
 * several checks ask about the same crossing values.
 */
const typesAsked = new WeakMap<ts.TypeChecker, Map<ts.Node, ts.Type | undefined>>();

export function safeTypeAt(checker: ts.TypeChecker, node: ts.Node): ts.Type | undefined {
  let asked = typesAsked.get(checker);
  if (!asked) typesAsked.set(checker, (asked = new Map()));
  if (asked.has(node)) return asked.get(node);
  let type: ts.Type | undefined;
  try {
    type = checker.getTypeAtLocation(node);
  } catch (error) {
    noteCheckerFault(checker, error, node);
    type = undefined;
  }
  asked.set(node, type);
  return type;
}
