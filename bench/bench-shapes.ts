/**
 * The kinds of agent system the bench generates, each a way the analysis can be slow:
 *   - `layered`: five declared tiers, role interfaces, contracts, two intent fields;
 *   - `home-grown`: the same calls through custom agent classes over a base class, a big context
 *     type, no framework and no intent field declared (intent work must be zero);
 *   - `many-intents`: ten more intent fields on the context (listed in the config) and a tagged
 *     `goal` on every request contract, so intent is followed through every tier.
 */
export const BENCH_SHAPES = ['layered', 'home-grown', 'many-intents'] as const;

export type BenchShape = (typeof BENCH_SHAPES)[number];

export function isBenchShape(name: string): name is BenchShape {
  return (BENCH_SHAPES as readonly string[]).includes(name);
}

/** The context's own intent fields in the many-intents shape. */
export const EXTRA_INTENT_FIELDS = ['audience', 'deadline', 'tone', 'scope', 'successCriteria', 'nonGoals', 'language', 'format', 'risk', 'owner'] as const;
