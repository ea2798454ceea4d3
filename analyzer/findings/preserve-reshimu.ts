import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import { namedFunction, type FunctionNode } from '../callgraph/function-node.js';
import type { IntentField } from '../exposure/intent-flow.js';
import { PathBottoms } from '../exposure/path-bottoms.js';
import { relativePath } from '../program/project-files.js';
import { findingAtBoundary, type Finding } from './finding.js';

/**
 * An intent field held by a component that calls down a path reaching the implementation tier
 * or a model, while nothing derived from it crosses: reported once, at the first such boundary.
 */
export function checkReshimu(context: AnalysisContext): Finding[] {
  const { intent } = context;
  const bottoms = new PathBottoms(context);
  const findings: Finding[] = [];
  for (const field of intent.fields) {
    for (const boundary of context.boundaries) {
      if (!isDownward(context, boundary) || !intent.holds(namedFunction(boundary.sender), field)) continue;
      if (boundary.args.some((argument) => intent.carries(argument, field))) continue;
      const below = boundary.kind === 'model' ? [] : boundary.receiver ? bottoms.pathToBottom(boundary.receiver) : undefined;
      if (!below) continue;
      const above = holdersAbove(context, namedFunction(boundary.sender), field);
      const path = [...above, ...below].map((fn) => namedFunction(fn).name);
      if (boundary.kind === 'model') path.push(boundary.to.name);
      const declaration = field.declaration.getSourceFile();
      const line = declaration.getLineAndCharacterOfPosition(field.declaration.getStart(declaration)).line + 1;
      findings.push(
        findingAtBoundary(
          'preserve-reshimu',
          boundary,
          `Reshimu '${field.id}' (${relativePath(context.rootDir, declaration.fileName)}:${line}) is lost at ${boundary.from.name} (${boundary.fromTier}) → ${boundary.to.name} (${boundary.toTier ?? 'model'}); path: ${dedupe(path).join(' → ')}`,
        ),
      );
    }
  }
  return findings;
}

function isDownward(context: AnalysisContext, boundary: Boundary): boolean {
  if (boundary.kind === 'model') return true;
  return boundary.toTier !== null && context.tiers.rank(boundary.toTier) > context.tiers.rank(boundary.fromTier);
}

/** The chain of callers that hand the intent down to `fn`, top first. */
function holdersAbove(context: AnalysisContext, fn: FunctionNode, field: IntentField): FunctionNode[] {
  const chain = [fn];
  const seen = new Set([fn]);
  for (let current = fn; ; ) {
    const caller = context.graph
      .incoming(current)
      .map((edge) => namedFunction(edge.caller))
      .find((candidate) => !seen.has(candidate) && context.intent.holds(candidate, field));
    if (!caller) break;
    chain.unshift(caller);
    seen.add(caller);
    current = caller;
  }
  return chain;
}

function dedupe(names: string[]): string[] {
  return names.filter((name, i) => i === 0 || names[i - 1] !== name);
}
