import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import type { Boundary } from '../boundaries/boundary.js';
import { isDownward } from '../boundaries/boundary-direction.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { parameterForArgument } from '../types/parameters.js';
import { dataProperties, safeTypeAt } from '../types/type-properties.js';
import { isDefaultSensitiveName } from '../types/sensitive-names.js';
import { findingAt, type Finding } from './finding.js';

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
      for (const part of crossingParts(argument)) {
        const carried = sensitiveCarried(context, part).filter((name) => !declared.has(name.split('.')[0]!));
        if (carried.length === 0) continue;
        const into = boundary.kind === 'model' ? `a model call (${boundary.to.name})` : `${boundary.to.name} (${boundary.toTier}), whose contract does not declare ${carried.length === 1 ? 'it' : 'them'}`;
        findings.push(
          findingAt(
            'no-sensitive-exposure',
            part,
            `Sensitive ${carried.length === 1 ? 'property' : 'properties'} ${carried.map((c) => `'${c}'`).join(', ')} ${carried.length === 1 ? 'crosses' : 'cross'} from ${boundary.from.name} (${boundary.fromTier}) into ${into}.`,
            boundary,
          ),
        );
      }
    });
  }
  return findings;
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

/** The expressions that cross inside an argument: interpolations, concatenated parts, object values and spreads. */
function crossingParts(argument: ts.Expression): ts.Expression[] {
  const inner = skipOuterExpressions(argument) ?? argument;
  if (ts.isTemplateExpression(inner)) return inner.templateSpans.flatMap((span) => crossingParts(span.expression));
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...crossingParts(inner.left), ...crossingParts(inner.right)];
  if (ts.isObjectLiteralExpression(inner)) {
    return inner.properties.flatMap((property) => {
      if (ts.isPropertyAssignment(property)) return crossingParts(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return [property.name];
      if (ts.isSpreadAssignment(property)) return [property.expression];
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(inner)) return inner.elements.flatMap((element) => crossingParts(ts.isSpreadElement(element) ? element.expression : element));
  if (ts.isStringLiteralLike(inner) || ts.isNumericLiteral(inner)) return [];
  return [argument];
}

/** Sensitive properties an expression carries: the property it reads, or those of its object type (two levels deep). */
function sensitiveCarried(context: AnalysisContext, expression: ts.Expression): string[] {
  const { checker, types } = context;
  const inner = skipOuterExpressions(expression) ?? expression;
  if (ts.isPropertyAccessExpression(inner)) {
    const property = checker.getSymbolAtLocation(inner.name);
    if (property ? types.isSensitive(property) : isDefaultSensitiveName(inner.name.text)) return [inner.name.text];
  }
  if (ts.isCallExpression(inner) && inner.arguments.length > 0 && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'stringify') {
    return sensitiveCarried(context, inner.arguments[0]!);
  }
  const type = safeTypeAt(checker, expression);
  if (!type) return [];
  const carried: string[] = [];
  for (const property of dataProperties(checker, type)) {
    if (types.isSensitive(property)) carried.push(property.name);
    else {
      const nested = property.valueDeclaration ? safeTypeAt(checker, property.valueDeclaration) : undefined;
      for (const inside of nested ? dataProperties(checker, nested) : []) if (types.isSensitive(inside)) carried.push(`${property.name}.${inside.name}`);
    }
  }
  return carried;
}
