import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { Owner } from '../components/function-owners.js';
import type { TierInfo } from '../model.js';
import type { TierModel } from './tier-model.js';

/** A delegation between two components: who hands work to whom. */
export interface Delegation {
  from: Component;
  to: Component;
}

/**
 * Inferred tiers (DESIGN.md §5): entry components are tier 0; a delegate sits one tier below the
 * lowest tier that delegates to it, after condensing cycles. Functions take the tier of the
 * component whose body reaches them; shared functions have none.
 */
export function inferTiers(
  components: readonly Component[],
  delegations: readonly Delegation[],
  owners: ReadonlyMap<FunctionNode, Owner>,
): TierModel {
  const ranked = components.filter((c) => c.kind !== 'model-call');
  const rankOf = rankComponents(ranked, delegations.filter((d) => d.from !== d.to));
  const depth = Math.max(-1, ...rankOf.values()) + 1;
  const names = tierNames(depth);
  for (const component of ranked) component.tier = names[rankOf.get(component) ?? 0] ?? null;
  const tiers: TierInfo[] = names.map((name, rank) => ({ name, rank, declared: false }));
  const ranks = new Map(names.map((name, rank) => [name, rank]));
  return {
    tiers,
    declared: false,
    rank: (tier) => ranks.get(tier) ?? -1,
    tierOfFunction: (fn) => {
      const owner = owners.get(fn);
      return owner && owner !== 'shared' ? owner.tier : null;
    },
    isShared: (fn) => owners.get(fn) === 'shared',
    tierOfFile: () => null,
    implementationTier: names[names.length - 1] ?? null,
  };
}

/** Longest-path ranks over the condensation of the delegation graph (Tarjan's strongly connected components). */
function rankComponents(components: readonly Component[], delegations: readonly Delegation[]): Map<Component, number> {
  const successors = new Map<Component, Component[]>(components.map((c) => [c, []]));
  for (const { from, to } of delegations) successors.get(from)?.push(to);

  const index = new Map<Component, number>();
  const low = new Map<Component, number>();
  const onStack = new Set<Component>();
  const stack: Component[] = [];
  const sccOf = new Map<Component, number>();
  let counter = 0;
  let sccCount = 0;
  const strongConnect = (v: Component): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of successors.get(v) ?? []) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      for (let w: Component | undefined; w !== v; ) {
        w = stack.pop()!;
        onStack.delete(w);
        sccOf.set(w, sccCount);
      }
      sccCount++;
    }
  };
  for (const component of components) if (!index.has(component)) strongConnect(component);

  // Tarjan numbers components in reverse topological order: walk them from the last (sources) down.
  const sccRank = new Array<number>(sccCount).fill(0);
  const sccSuccessors = new Map<number, Set<number>>();
  for (const { from, to } of delegations) {
    const a = sccOf.get(from);
    const b = sccOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    if (!sccSuccessors.has(a)) sccSuccessors.set(a, new Set());
    sccSuccessors.get(a)!.add(b);
  }
  for (let scc = sccCount - 1; scc >= 0; scc--) {
    for (const next of sccSuccessors.get(scc) ?? []) sccRank[next] = Math.max(sccRank[next]!, sccRank[scc]! + 1);
  }
  return new Map(components.map((c) => [c, sccRank[sccOf.get(c)!]!]));
}

/** Names for inferred tiers, top first, taken from the default stack so that `init` proposes familiar ones. */
export function tierNames(depth: number): string[] {
  switch (depth) {
    case 0:
      return [];
    case 1:
      return ['orchestrator'];
    case 2:
      return ['orchestrator', 'implementation'];
    case 3:
      return ['orchestrator', 'council', 'implementation'];
    case 4:
      return ['orchestrator', 'council', 'workflow', 'implementation'];
    case 5:
      return ['orchestrator', 'council', 'design', 'workflow', 'implementation'];
    case 6:
      return ['root', 'orchestrator', 'council', 'design', 'workflow', 'implementation'];
    default:
      return ['orchestrator', ...Array.from({ length: depth - 2 }, (_, i) => `tier-${i + 1}`), 'implementation'];
  }
}
