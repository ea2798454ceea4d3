import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { contextCrossings } from '../exposure/whole-context.js';
import { findingAt, type Finding } from './finding.js';
import { forwardedWholeFinding } from './forwarded-whole.js';

/**
 * A whole context crossing a boundary: as-is, spread, or serialised into a prompt. Handing it
 * over as-is is fine when the receiver (transitively) reads every field of it.
 */
export function checkContextPassthrough(context: AnalysisContext, scope: CheckScope): Finding[] {
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (boundary.forwardsEverything?.what === 'context') findings.push(forwardedWholeFinding('no-context-passthrough', boundary));
    for (const crossing of contextCrossings(context, boundary)) {
      const reads = boundary.receiver && crossing.mode !== 'serialised' ? context.reads.topLevelReads(boundary.receiver, crossing.argumentIndex) : undefined;
      if (boundary.receiver && crossing.mode !== 'serialised' && (reads === undefined || crossing.fields.every((f) => reads.has(f)))) continue;
      const name = crossing.expression.getText();
      const how = crossing.mode === 'as-is' ? 'crosses' : crossing.mode === 'spread' ? 'is spread across' : 'is serialised across';
      const receiverReads =
        boundary.kind === 'model'
          ? 'the model sees all of it'
          : reads
            ? describeReads(boundary.to.name, crossing.fields.filter((f) => reads.has(f)))
            : `${boundary.to.name} receives ${crossing.mode === 'serialised' ? 'it as a string' : 'all of it'}`;
      findings.push(
        findingAt(
          'no-context-passthrough',
          crossing.location,
          `Whole context '${name}' (${crossing.typeName}, ${crossing.fields.length} fields) ${how} ${boundary.fromTier} → ${boundary.kind === 'model' ? `model (${boundary.to.name})` : boundary.to.name}; ${receiverReads}.`,
          boundary,
        ),
      );
    }
  }
  return findings;
}

function describeReads(receiver: string, fields: string[]): string {
  return fields.length === 0 ? `${receiver} reads none of it` : `${receiver} reads ${fields.length}: ${fields.join(', ')}`;
}
