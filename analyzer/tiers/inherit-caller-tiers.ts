import { CalleeListWalks, type CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';

/**
 * Gives untiered functions the tier of the functions that call them: a helper reached from
 * one tier belongs to it; one reached from several tiers is shared (and never a boundary end).
 * Returns the tiers given (null for the shared) over the functions' own tiers.
 */
export function inheritCallerTiers(
  graph: CallGraph,
  ownTier: (fn: FunctionNode) => string | null,
): { inherited: Map<FunctionNode, string | null>; shared: Set<FunctionNode> } {
  const inherited = new Map<FunctionNode, string | null>();
  const shared = new Set<FunctionNode>();
  const reached = new Map<FunctionNode, Set<string>>();
  const walks = new CalleeListWalks();
  const queue: FunctionNode[] = [];
  const spread = (fn: FunctionNode, tier: string): void => {
    for (const { callees } of graph.callsFrom(fn)) {
      if (!walks.first(callees, tier)) continue;
      for (const callee of callees) {
        if (ownTier(callee)) continue;
        const from = reached.get(callee) ?? new Set<string>();
        if (from.has(tier)) continue;
        from.add(tier);
        reached.set(callee, from);
        if (from.size === 1) {
          inherited.set(callee, tier);
          queue.push(callee);
        } else if (!shared.has(callee)) {
          shared.add(callee);
          inherited.set(callee, null);
        }
      }
    }
  };
  // From every function with a tier of its own, in the graph's order; then from those given one, in the order given.
  for (const fn of graph.functions) {
    const tier = ownTier(fn);
    if (tier) spread(fn, tier);
  }
  for (let next = 0; next < queue.length; next++) {
    const fn = queue[next]!;
    const tier = inherited.get(fn);
    if (tier) spread(fn, tier);
  }
  // Whatever a shared helper reaches is shared as well, unless it has a tier of its own.
  const sharedQueue = [...shared];
  const sharedWalks = new CalleeListWalks();
  while (sharedQueue.length > 0) {
    for (const { callees } of graph.callsFrom(sharedQueue.pop()!)) {
      if (!sharedWalks.first(callees)) continue;
      for (const callee of callees) {
        if (ownTier(callee) || shared.has(callee)) continue;
        shared.add(callee);
        inherited.set(callee, null);
        sharedQueue.push(callee);
      }
    }
  }
  return { inherited, shared };
}
