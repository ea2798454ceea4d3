import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { parameterForArgument } from '../types/parameters.js';
import { dataProperties, isAnyOrUnknown, safeTypeAt } from '../types/type-properties.js';
import { contextCrossings, type ContextCrossing } from './whole-context.js';
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

/**
 * What crosses a boundary and what of it the receiver reads: the bandwidth of the boundary.
 * A whole context (as `no-context-passthrough` finds it: as-is, spread or serialised) counts its
 * fields, named from the context expression, and counts as read exactly what that rule counted.
 */
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
  const crossings = contextCrossings(context, boundary);
  boundary.args.forEach((argument, index) => {
    const parameter = boundary.receiver ? parameterForArgument(boundary.receiver, index) : undefined;
    const base = baseName(argument, parameter, index);
    if (parameter?.type && !isAnyOrUnknown(safeTypeAt(checker, parameter) ?? checker.getAnyType())) contracts.push(parameter.type.getText());
    const inArgument = crossings.filter((c) => c.argumentIndex === index);
    if (inArgument.length > 0) {
      const bandwidth = contextBandwidth(context, boundary, index, base, safeTypeAt(checker, argument), inArgument);
      exposed.push(...bandwidth.exposed);
      read.push(...bandwidth.read);
      return;
    }
    let fields = literalFields(argument);
    if (!fields) {
      const type = safeTypeAt(checker, argument);
      if (!type || isAnyOrUnknown(type)) {
        exposed.push(`${base}.*`);
        return;
      }
      // A model or client handed over is machinery: it crosses, its internals are not exposure.
      fields = context.frameworks.isMachinery(type) ? [] : dataProperties(checker, type).map((p) => p.name);
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
 * One argument that carries whole contexts. A context handed over as-is or spread exposes its
 * fields; one serialised into a string exposes them too, in place of the string that carries
 * them. Fields of a spreading object literal that come from no context keep the argument's name.
 * Read: a model sees all of it, a string is read whole when its parameter is read, and with no
 * function to follow (no receiver, no subgraph nodes) nothing is known to be read.
 */
function contextBandwidth(
  context: AnalysisContext,
  boundary: Boundary,
  index: number,
  base: string,
  type: ts.Type | undefined,
  crossings: readonly ContextCrossing[],
): { exposed: string[]; read: string[] } {
  const exposed = new Set<string>();
  const read = new Set<string>();
  const fromContexts = new Set<string>();
  // As no-context-passthrough judges: reads are followed into the receiver, or a subgraph's nodes.
  const judged = boundary.receiver !== undefined || boundary.readers !== undefined;
  const reads = judged ? receiverTopLevelReads(context, boundary, index) : undefined;
  const stringRead = boundary.kind === 'model' || (boundary.receiver !== undefined && isRead(context, boundary, index));
  for (const crossing of crossings) {
    const name = crossing.expression.getText();
    for (const field of crossing.fields) {
      exposed.add(`${name}.${field}`);
      fromContexts.add(field);
      const isReadField =
        crossing.mode === 'serialised' || boundary.kind === 'model'
          ? stringRead
          : judged && (reads === undefined || reads.has(field));
      if (isReadField) read.add(field);
    }
  }
  const serialisedOnly = crossings.every((c) => c.mode === 'serialised');
  const own = type && !isAnyOrUnknown(type) && !serialisedOnly ? dataProperties(context.checker, type).map((p) => p.name) : [];
  for (const field of own) {
    if (fromContexts.has(field)) continue;
    exposed.add(`${base}.${field}`);
    if (boundary.kind === 'model' || (judged && (reads === undefined || reads.has(field)))) read.add(field);
  }
  return { exposed: [...exposed], read: [...read] };
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
