import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { findingAtBoundary, type Finding } from './finding.js';

/** A call from tier i to tier j > i + 1 (declared tiers only; model calls are outside the stack). */
export function checkTierSkip(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { tiers } = context;
  if (!tiers.declared) return [];
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (boundary.kind === 'model' || !boundary.toTier || !boundary.fromTier) continue;
    const from = tiers.rank(boundary.fromTier);
    const to = tiers.rank(boundary.toTier);
    if (to <= from + 1) continue;
    const skipped = tiers.tiers.filter((t) => t.rank > from && t.rank < to).map((t) => t.name);
    findings.push(
      findingAtBoundary(
        'no-tier-skip',
        boundary,
        `Call from ${boundary.from.name} (${boundary.fromTier}) to ${boundary.to.name} (${boundary.toTier}) skips ${plural(skipped.length, 'tier')} ${skipped.join(', ')}.`,
      ),
    );
  }
  return findings;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
