import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { contextCrossings } from '../exposure/whole-context.js';
import { findingAt, type Finding } from './finding.js';
import { forwardedWholeFinding } from './forwarded-whole.js';
import { receiverTopLevelReads, unionOfReads } from '../exposure/receiver-reads.js';
import { capturesOf } from '../exposure/captures.js';

/**
 * A whole context crossing a boundary: as-is, spread, or serialised into a prompt. Handing it
 * over as-is is fine when the receiver (transitively) reads every field of it.
 */
export function checkContextPassthrough(context: AnalysisContext, scope: CheckScope): Finding[] {
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (boundary.forwardsEverything?.what === 'context' && !readsEveryChannel(context, boundary)) findings.push(forwardedWholeFinding('no-context-passthrough', boundary));
    for (const capture of capturesOf(context, boundary)) {
      if (!capture.context || capture.reads === undefined || capture.context.fields.every((f) => capture.reads!.has(f))) continue;
      const { typeName, fields } = capture.context;
      findings.push(
        findingAt(
          'no-context-passthrough',
          capture.reference,
          `Whole context '${capture.reference.text}' (${typeName}, ${fields.length} fields) is captured by ${boundary.to.name} (${boundary.toTier}), built inside ${boundary.from.name} (${boundary.fromTier}); ${describeReads(boundary.to.name, fields.filter((f) => capture.reads!.has(f)))}.`,
          boundary,
        ),
      );
    }
    for (const crossing of contextCrossings(context, boundary)) {
      const judged = (boundary.receiver !== undefined || boundary.readers !== undefined) && crossing.mode !== 'serialised';
      const reads = judged ? receiverTopLevelReads(context, boundary, crossing.argumentIndex) : undefined;
      if (judged && (reads === undefined || crossing.fields.every((f) => reads.has(f)))) continue;
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

/** A subgraph whose nodes read every channel it shares with its parent uses the whole state it is given. */
function readsEveryChannel(context: AnalysisContext, boundary: Parameters<typeof unionOfReads>[1]): boolean {
  if (!boundary.channels || !boundary.readers) return false;
  const reads = unionOfReads(context, boundary);
  return reads === undefined || boundary.channels.names.every((name) => reads.has(name));
}

function describeReads(receiver: string, fields: string[]): string {
  return fields.length === 0 ? `${receiver} reads none of it` : `${receiver} reads ${fields.length}: ${fields.join(', ')}`;
}
