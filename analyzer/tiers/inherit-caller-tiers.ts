import { CalleeListWalks, type CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';

/**
 * Gives untiered functions the tier of the functions that call them: a helper reached from
 * one tier belongs to it; one reached from several tiers is shared (and never a boundary end).
 */
export function inheritCallerTiers(
  graph: CallGraph,
  own: Map<FunctionNode, string | null>,
): { tiers: Map<FunctionNode, string | null>; shared: Set<FunctionNode> } {
  const tiers = new Map(own);
  const shared = new Set<FunctionNode>();
  const reached = new Map<FunctionNode, Set<string>>();
  const queue: FunctionNode[] = graph.functions.filter((fn) => own.get(fn));
  const walks = new CalleeListWalks();
  for (let next = 0; next < queue.length; next++) {
    const fn = queue[next]!;
    const tier = tiers.get(fn);
    if (!tier) continue;
    for (const { callees } of graph.callsFrom(fn)) {
      if (!walks.first(callees, tier)) continue;
      for (const callee of callees) {
        if (own.get(callee)) continue;
        const from = reached.get(callee) ?? new Set<string>();
        if (from.has(tier)) continue;
        from.add(tier);
        reached.set(callee, from);
        if (from.size === 1) {
          tiers.set(callee, tier);
          queue.push(callee);
        } else if (!shared.has(callee)) {
          shared.add(callee);
          tiers.set(callee, null);
        }
      }
    }
  }
  // Whatever a shared helper reaches is shared as well, unless it has a tier of its own.
  const sharedQueue = [...shared];
  const sharedWalks = new CalleeListWalks();
  while (sharedQueue.length > 0) {
    for (const { callees } of graph.callsFrom(sharedQueue.pop()!)) {
      if (!sharedWalks.first(callees)) continue;
      for (const callee of callees) {
        if (own.get(callee) || shared.has(callee)) continue;
        shared.add(callee);
        tiers.set(callee, null);
        sharedQueue.push(callee);
      }
    }
  }
  return { tiers, shared };
}
