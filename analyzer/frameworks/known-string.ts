import ts from '../typescript.cjs';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';

/** A string an option or argument is known to hold: a literal, or an expression of one string literal type. */
export function knownString(checker: ts.TypeChecker, expression: ts.Expression | undefined): string | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner) return undefined;
  if (ts.isStringLiteralLike(inner)) return inner.text;
  try {
    const type = checker.getTypeAtLocation(inner);
    return type.isStringLiteral() ? type.value : undefined;
  } catch {
    return undefined;
  }
}
