import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import { AnalysisMemo } from '../analysis-memo.js';
import type { Boundary } from '../boundaries/boundary.js';
import { namedFunction, type FunctionNode } from '../callgraph/function-node.js';
import type { IntentField } from './intent-flow.js';
import { PathBottoms } from './path-bottoms.js';
import { isDownward } from '../boundaries/boundary-direction.js';

/** Where an intent field is lost: the boundary, and the path from its top holder to the bottom through it. */
export interface IntentLoss {
  field: IntentField;
  boundary: Boundary;
  /** Functions from the top holder down to the implementation tier or model call. */
  path: FunctionNode[];
}

/** Per analysis: the losses at each boundary asked about, one per field at most (the check and the report's trails ask the same). */
const lossesAtBoundary = new AnalysisMemo<Boundary, IntentLoss[]>();

/** Every boundary where a held intent field is dropped on a path that reaches the bottom: by field, then in the boundaries' order. */
export function findIntentLosses(context: AnalysisContext, boundaries: readonly Boundary[] = context.boundaries): IntentLoss[] {
  if (context.intent.fields.length === 0) return [];
  const atBoundaries = boundaries.map((boundary) => lossesAtBoundary.get(context, boundary, () => lossesAt(context, boundary)));
  return context.intent.fields.flatMap((field) => atBoundaries.flatMap((found) => found.filter((loss) => loss.field === field)));
}

function lossesAt(context: AnalysisContext, boundary: Boundary): IntentLoss[] {
  const { intent } = context;
  if (!isDownward(context.tiers, boundary)) return [];
  // Constructing a component configures it; the task crosses when one of its methods is called, judged there.
  if (boundary.receiver && ts.isConstructorDeclaration(boundary.receiver.decl)) return [];
  const losses: IntentLoss[] = [];
  for (const field of intent.fields) {
    if (!intent.holds(namedFunction(boundary.sender), field)) continue;
    if (boundary.args.some((argument) => intent.carries(argument, field))) continue;
    // `new Job(task.goal).run()`: the object was handed the intent when it was built.
    if (builtWithTheField(context, boundary, field)) continue;
    const below = boundary.kind === 'model' ? [] : boundary.receiver ? PathBottoms.of(context).pathToBottom(boundary.receiver) : undefined;
    if (!below) continue;
    losses.push({ field, boundary, path: [...holdersAbove(context, namedFunction(boundary.sender), field), ...below] });
  }
  return losses;
}

/** The path an intent field takes when it is kept: from its top holder along boundaries that carry it. */
export function preservedPath(context: AnalysisContext, field: IntentField): { path: FunctionNode[]; boundaries: Boundary[] } {
  const holders = context.graph.functions.filter((fn) => context.intent.holds(fn, field) && namedFunction(fn) === fn);
  const top = holders.find((fn) => holdersAbove(context, fn, field).length === 1) ?? holders[0];
  const path: FunctionNode[] = top ? [top] : [];
  const boundaries: Boundary[] = [];
  for (let current = top; current; ) {
    const next = context.boundaries.find(
      (b) => isDownward(context.tiers, b) && namedFunction(b.sender) === current && !boundaries.includes(b) && b.args.some((a) => context.intent.carries(a, field)),
    );
    if (!next) break;
    boundaries.push(next);
    const receiver = next.receiver ? namedFunction(next.receiver) : undefined;
    if (!receiver || path.includes(receiver)) break;
    path.push(receiver);
    current = receiver;
  }
  return { path, boundaries };
}

/** A method called on an object built, in the sender, with something derived from the field: `new Job(task.goal).run()`, or through a local. */
function builtWithTheField(context: AnalysisContext, boundary: Boundary, field: IntentField): boolean {
  const call = boundary.call;
  if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  let target: ts.Expression = call.expression.expression;
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (ts.isIdentifier(target)) {
    const declaration = context.checker.getSymbolAtLocation(target)?.valueDeclaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    target = declaration.initializer;
    while (ts.isParenthesizedExpression(target) || ts.isAwaitExpression(target)) target = target.expression;
  }
  return ts.isNewExpression(target) && (target.arguments ?? []).some((argument) => context.intent.carries(argument, field));
}

/** The chain of callers that hand the intent down to `fn`, top first. */
function holdersAbove(context: AnalysisContext, fn: FunctionNode, field: IntentField): FunctionNode[] {
  const chain = [fn];
  const seen = new Set([fn]);
  for (let current = fn; ; ) {
    const caller = context.graph
      .incomingCalls(current)
      .map((out) => namedFunction(out.caller))
      .find((candidate) => !seen.has(candidate) && context.intent.holds(candidate, field));
    if (!caller) break;
    chain.unshift(caller);
    seen.add(caller);
    current = caller;
  }
  return chain;
}
