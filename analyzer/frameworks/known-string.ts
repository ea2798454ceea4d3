import ts from '../typescript.cjs';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { noteCheckerFault } from '../program/checker-faults.js';

/** A string an option or argument is known to hold: a literal, or an expression of one string literal type. */
export function knownString(checker: ts.TypeChecker, expression: ts.Expression | undefined): string | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner) return undefined;
  if (ts.isStringLiteralLike(inner)) return inner.text;
  try {
    const type = checker.getTypeAtLocation(inner);
    return type.isStringLiteral() ? type.value : undefined;
  } catch (error) {
    noteCheckerFault(checker, error, inner);
    return undefined;
  }
}

/** Every string an expression can hold when its type is a string literal or a union of them (`'a' | 'b'`); empty otherwise. */
export function knownStrings(checker: ts.TypeChecker, expression: ts.Expression | undefined): string[] {
  const single = knownString(checker, expression);
  if (single !== undefined) return [single];
  const inner = skipOuterExpressions(expression);
  if (!inner) return [];
  try {
    const type = checker.getTypeAtLocation(inner);
    if (!type.isUnion()) return [];
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    return members.every((t) => t.isStringLiteral()) ? members.map((t) => (t as ts.StringLiteralType).value) : [];
  } catch (error) {
    noteCheckerFault(checker, error, inner);
    return [];
  }
}
