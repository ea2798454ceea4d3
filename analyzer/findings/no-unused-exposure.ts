import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { dataProperties, safeTypeAt } from '../types/type-properties.js';
import { findingAt, type Finding } from './finding.js';
import type { Boundary } from '../boundaries/boundary.js';
import { receiverTopLevelReads, unionOfReads } from '../exposure/receiver-reads.js';

/** Fields of an argument that the receiver never reads, directly or through what it calls; suggests passing only those read. */
export function checkUnusedExposure(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { checker } = context;
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    const channels = unusedChannels(context, boundary);
    if (channels) findings.push(channels);
    if ((!boundary.receiver && !boundary.readers) || boundary.kind === 'model') continue;
    boundary.args.forEach((argument, index) => {
      const inner = skipOuterExpressions(argument);
      if (!inner || !(ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner))) return;
      const type = safeTypeAt(checker, argument);
      const fields = type ? dataProperties(checker, type).map((p) => p.name) : [];
      if (fields.length === 0) return;
      const reads = receiverTopLevelReads(context, boundary, index);
      if (!reads) return;
      const used = fields.filter((f) => reads.has(f));
      const unused = fields.filter((f) => !reads.has(f));
      if (unused.length === 0) return;
      const source = inner.getText();
      const finding = findingAt(
        'no-unused-exposure',
        argument,
        `${boundary.to.name} (${boundary.toTier}) never reads ${unused.length} of the ${fields.length} fields of '${source}': ${unused.join(', ')}; bandwidth used: ${used.length} of ${fields.length}.`,
        boundary,
      );
      finding.suggestion = {
        message: used.length > 0 ? `Pass only ${used.join(', ')}.` : 'Pass an empty object.',
        start: finding.start,
        end: finding.end,
        replacement: `{ ${used.map((f) => `${f}: ${source}.${f}`).join(', ')} }`.replace('{  }', '{}'),
      };
      findings.push(finding);
    });
  }
  return findings;
}

/** Channels a parent shares with a subgraph that none of the subgraph's nodes and routers reads: one finding at the node. */
function unusedChannels(context: AnalysisContext, boundary: Boundary): Finding | undefined {
  if (!boundary.channels || !boundary.readers) return undefined;
  const reads = unionOfReads(context, boundary);
  if (!reads) return undefined;
  const names = boundary.channels.names;
  const unused = names.filter((name) => !reads.has(name));
  if (unused.length === 0) return undefined;
  return findingAt(
    'no-unused-exposure',
    boundary.site,
    `${boundary.to.name} (${boundary.toTier}) never reads ${unused.length} of the ${names.length} channels it shares with ${boundary.from.name}: ${unused.join(', ')}; bandwidth used: ${names.length - unused.length} of ${names.length}. Give the node an input schema with only the channels it reads.`,
    boundary,
  );
}
