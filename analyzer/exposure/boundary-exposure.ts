import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { parameterForArgument } from '../types/parameters.js';
import { dataProperties, isAnyOrUnknown, safeTypeAt } from '../types/type-properties.js';
import { receiverTopLevelReads, unionOfReads } from './receiver-reads.js';
import { capturesOf } from './captures.js';

export interface BoundaryExposure {
  /** Access paths that cross (`ctx.goal`); `x.*` when the value is any/unknown (unknown exposure, not a guess). */
  exposed: string[];
  /** Fields of the crossing values that the receiver (transitively) reads, relative to them. */
  read: string[];
  /** The receiver's declared parameter types, or null when it declares none. */
  contract: string | null;
}

/** What crosses a boundary and what of it the receiver reads: the bandwidth of the boundary. */
export function boundaryExposure(context: AnalysisContext, boundary: Boundary): BoundaryExposure {
  const { checker } = context;
  const exposed: string[] = [];
  const read: string[] = [];
  const contracts: string[] = [];
  if (boundary.channels?.unknown) exposed.push(`${boundary.channels.root}.*`);
  else if (boundary.channels) {
    const reads = unionOfReads(context, boundary);
    exposed.push(...boundary.channels.names.map((name) => `${boundary.channels!.root}.${name}`));
    read.push(...boundary.channels.names.filter((name) => reads === undefined || reads.has(name)));
  }
  // A component built in the sender's scope is given what it captures from there.
  for (const capture of capturesOf(context, boundary)) {
    const name = capture.reference.text;
    const fields = capture.context?.fields;
    if (!fields) {
      exposed.push(name);
      read.push(name);
      continue;
    }
    exposed.push(...fields.map((field) => `${name}.${field}`));
    read.push(...fields.filter((field) => capture.reads === undefined || capture.reads.has(field)));
  }
  boundary.args.forEach((argument, index) => {
    const parameter = boundary.receiver ? parameterForArgument(boundary.receiver, index) : undefined;
    const base = baseName(argument, parameter, index);
    if (parameter?.type && !isAnyOrUnknown(safeTypeAt(checker, parameter) ?? checker.getAnyType())) contracts.push(parameter.type.getText());
    let fields = literalFields(argument);
    if (!fields) {
      const type = safeTypeAt(checker, argument);
      if (!type || isAnyOrUnknown(type)) {
        exposed.push(`${base}.*`);
        return;
      }
      fields = dataProperties(checker, type).map((p) => p.name);
    }
    if (fields.length === 0) {
      exposed.push(base);
      if (boundary.kind === 'model' || (boundary.receiver && parameter && isRead(context, boundary, index))) read.push(base);
      return;
    }
    for (const field of fields) exposed.push(`${base}.${field}`);
    if (boundary.kind === 'model') {
      read.push(...fields);
      return;
    }
    const reads = receiverTopLevelReads(context, boundary, index);
    read.push(...fields.filter((field) => reads === undefined || reads.has(field)));
  });
  const contract = boundary.contract !== undefined ? boundary.contract : contracts.length > 0 ? contracts.join(', ') : null;
  return { exposed, read, contract };
}

/**
 * The data fields of a fresh object literal, read off its syntax (`{ goal, step: … }`): asking the
 * checker would check the literal again against the call's resolved signature. Undefined when
 * only the checker can tell (spreads, accessors, computed or repeated names).
 */
function literalFields(argument: ts.Expression): string[] | undefined {
  let inner = argument;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (!ts.isObjectLiteralExpression(inner)) return undefined;
  const fields: string[] = [];
  for (const property of inner.properties) {
    if (ts.isMethodDeclaration(property)) continue;
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return undefined;
    const name = property.name;
    if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) return undefined;
    if (fields.includes(name.text)) return undefined;
    if (!name.text.startsWith('__')) fields.push(name.text);
  }
  return fields;
}

function isRead(context: AnalysisContext, boundary: Boundary, index: number): boolean {
  const reads = context.reads.readsOf(boundary.receiver!, index);
  return reads.all || reads.paths.size > 0 || isUsedAtAll(boundary, index);
}

/** A primitive parameter counts as read when its name appears in the receiver's body. */
function isUsedAtAll(boundary: Boundary, index: number): boolean {
  const parameter = boundary.receiver ? parameterForArgument(boundary.receiver, index) : undefined;
  const body = (boundary.receiver?.decl as ts.FunctionLikeDeclaration | undefined)?.body;
  if (!parameter || !body || !ts.isIdentifier(parameter.name)) return false;
  return new RegExp(`\\b${parameter.name.text}\\b`).test(body.getText());
}

function baseName(argument: ts.Expression, parameter: ts.ParameterDeclaration | undefined, index: number): string {
  const inner = skipOuterExpressions(argument);
  if (inner && (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner))) return inner.getText();
  if (parameter && ts.isIdentifier(parameter.name)) return parameter.name.text;
  // A model call's sinks are options: name them `prompt`, `instructions`, `messages`.
  const option = argument.parent;
  if (option && ts.isPropertyAssignment(option) && option.initializer === argument && ts.isIdentifier(option.name)) return option.name.text;
  return `arg${index}`;
}
