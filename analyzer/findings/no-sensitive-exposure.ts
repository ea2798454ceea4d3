import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import type { Boundary } from '../boundaries/boundary.js';
import { isDownward } from '../boundaries/boundary-direction.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { parameterForArgument } from '../types/parameters.js';
import { dataProperties, safeTypeAt, safeTypeOfSymbol } from '../types/type-properties.js';
import { isDefaultSensitiveName } from '../types/sensitive-names.js';
import { contextType } from '../exposure/whole-context.js';
import { findingAt, sinkLocation, type Finding } from './finding.js';
import type { BuiltValues } from '../exposure/built-values.js';

/**
 * A sensitive property crossing into a model call, or into a lower tier whose contract does not
 * have it. One finding per crossing expression (an argument, an interpolation, a spread, a
 * property value), naming every sensitive property it carries.
 */
export function checkSensitiveExposure(context: AnalysisContext, scope: CheckScope): Finding[] {
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (!isDownward(context.tiers, boundary)) continue;
    boundary.args.forEach((argument, index) => {
      const declared = declaredNames(context, boundary, index);
      for (const { part, through, at } of crossingParts(argument, context.built)) {
        // A whole context crossing into a model is always no-context-passthrough's finding; the secrets in it are part of that one.
        if (boundary.kind === 'model' && isWholeContext(context, boundary, part)) continue;
        const carried = sensitiveCarried(context, part).filter((name) => !declared.has(name.split('.')[0]!));
        if (carried.length === 0) continue;
        const into = boundary.kind === 'model' ? `a model call (${boundary.to.name})` : `${boundary.to.name} (${boundary.toTier}), whose contract does not declare ${carried.length === 1 ? 'it' : 'them'}`;
        findings.push(
          findingAt(
            'no-sensitive-exposure',
            at ?? part,
            `Sensitive ${carried.length === 1 ? 'property' : 'properties'} ${carried.map((c) => `'${c}'`).join(', ')} ${carried.length === 1 ? 'crosses' : 'cross'} from ${boundary.from.name} (${boundary.fromTier ?? 'untiered'}) into ${into}${through ? ` through '${through.getText()}' at ${sinkLocation(context, argument)}` : ''}.`,
            boundary,
          ),
        );
      }
    });
  }
  return findings;
}

function isWholeContext(context: AnalysisContext, boundary: Boundary, part: ts.Expression): boolean {
  const inner = skipOuterExpressions(part) ?? part;
  const value = ts.isCallExpression(inner) && isStringify(inner) ? inner.arguments[0]! : part;
  return contextType(context, boundary, value) !== undefined;
}

function isStringify(call: ts.CallExpression): boolean {
  return call.arguments.length > 0 && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'stringify';
}

/** A receiver declares a sensitive property when its contract type has it (or its parameter is named for it). */
function declaredNames(context: AnalysisContext, boundary: Boundary, index: number): Set<string> {
  if (boundary.kind === 'model' || !boundary.receiver) return new Set();
  const parameter = parameterForArgument(boundary.receiver, index);
  if (!parameter) return new Set();
  const names = new Set<string>();
  if (ts.isIdentifier(parameter.name)) names.add(parameter.name.text);
  const type = safeTypeAt(context.checker, parameter);
  if (type) for (const property of dataProperties(context.checker, type)) names.add(property.name);
  return names;
}

/** A part of a crossing value, and the local or helper it went through when it was built away from the sink. */
interface CrossingPart {
  part: ts.Expression;
  through?: ts.Expression;
  /** The helper call a part was built behind when the helper lives in another file: the finding stays in the sender's file. */
  at?: ts.Expression;
}

/** Binary operators whose result is (or contains) an operand: `a + b`, `a ?? b`, `a || b`, `a && b`. */
const VALUE_OPERATORS = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken]);

/**
 * The expressions that cross inside an argument: interpolations, concatenated parts, the operands
 * of `??`, `||`, `&&` and the branches of `?:`, object values and spreads.
 */
function crossingParts(argument: ts.Expression, built: BuiltValues, through?: ts.Expression, seen = new Set<ts.Node>(), at?: ts.Expression): CrossingPart[] {
  const inner = skipOuterExpressions(argument) ?? argument;
  const parts = (expression: ts.Expression) => crossingParts(expression, built, through, seen, at);
  if (ts.isTemplateExpression(inner)) return inner.templateSpans.flatMap((span) => parts(span.expression));
  if (ts.isBinaryExpression(inner) && VALUE_OPERATORS.has(inner.operatorToken.kind)) return [...parts(inner.left), ...parts(inner.right)];
  if (ts.isConditionalExpression(inner)) return [...parts(inner.whenTrue), ...parts(inner.whenFalse)];
  if (ts.isObjectLiteralExpression(inner)) {
    return inner.properties.flatMap((property) => {
      if (ts.isPropertyAssignment(property)) return parts(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return parts(property.name);
      if (ts.isSpreadAssignment(property)) return [{ part: property.expression, through, at }];
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(inner)) return inner.elements.flatMap((element) => parts(ts.isSpreadElement(element) ? element.expression : element));
  if (ts.isStringLiteralLike(inner) || ts.isNumericLiteral(inner)) return [];
  // `JSON.stringify(payload)` of a value built in a local: what went into the local crosses.
  if (ts.isCallExpression(inner) && isStringify(inner) && built.builtFrom(inner.arguments[0]!)) return parts(inner.arguments[0]!);
  const from = seen.has(inner) ? undefined : built.builtFrom(inner);
  if (from) {
    seen.add(inner);
    return from.sources.flatMap((source) => crossingParts(source, built, through ?? inner, seen, at ?? (source.getSourceFile() !== inner.getSourceFile() ? inner : undefined)));
  }
  return [{ part: argument, through, at }];
}

/** Sensitive properties an expression carries: the property it reads, or those of its object type (two levels deep). */
function sensitiveCarried(context: AnalysisContext, expression: ts.Expression): string[] {
  const { checker, types } = context;
  const inner = skipOuterExpressions(expression) ?? expression;
  if (ts.isPropertyAccessExpression(inner)) {
    const property = checker.getSymbolAtLocation(inner.name);
    if (property ? types.isSensitive(property) : isDefaultSensitiveName(inner.name.text)) return [inner.name.text];
  }
  // `process.env['ADMIN_TOKEN']`: an environment read named for a secret is a secret.
  if (ts.isElementAccessExpression(inner) && ts.isStringLiteralLike(inner.argumentExpression)) {
    const property = checker.getSymbolAtLocation(inner.argumentExpression);
    const name = inner.argumentExpression.text;
    if (property ? types.isSensitive(property) : isDefaultSensitiveName(name)) return [name];
  }
  if (ts.isCallExpression(inner) && isStringify(inner)) {
    return sensitiveCarried(context, inner.arguments[0]!);
  }
  const type = safeTypeAt(checker, expression);
  if (!type || context.frameworks.isMachinery(type)) return [];
  const carried: string[] = [];
  for (const property of dataProperties(checker, type)) {
    if (types.isSensitive(property)) carried.push(property.name);
    else {
      // A property of a mapped type (`Record<'meta', …>`, `Partial<…>`) has no declaration of its own to ask.
      const nested = property.valueDeclaration ? safeTypeAt(checker, property.valueDeclaration) : safeTypeOfSymbol(checker, property);
      for (const inside of nested ? dataProperties(checker, nested) : []) if (types.isSensitive(inside)) carried.push(`${property.name}.${inside.name}`);
    }
  }
  return carried;
}
