import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { Owner } from '../components/function-owners.js';
import type { TierInfo } from '../model.js';
import type { Delegation, DelegationStructure } from './delegations.js';
import { PeerUnits } from './peer-units.js';
import { stronglyConnected } from './strongly-connected.js';
import type { TierModel } from './tier-model.js';

/**
 * Inferred tiers (DESIGN.md §5): entry components are tier 0; a delegate sits one tier below the
 * lowest tier that delegates to it, after condensing cycles (returns are not delegation); a graph's
 * nodes are peers in its tier; a tool that delegates to nothing sits in the bottom tier. Functions
 * take the tier of the component whose body reaches them; shared functions have none, and so has
 * a function that is the node of several graphs in different tiers.
 */
export function inferTiers(
  components: readonly Component[],
  structure: DelegationStructure,
  returns: ReadonlySet<Delegation>,
  owners: ReadonlyMap<FunctionNode, Owner>,
): { tiers: TierModel; owners: Map<FunctionNode, Owner> } {
  const ranked = components.filter((c) => c.kind !== 'model-call');
  const units = new PeerUnits(ranked, structure.peers);
  const delegations = structure.delegations.filter((d) => !returns.has(d));
  const unitRank = rankUnits(units, delegations);

  const delegating = new Set(delegations.filter((d) => units.of(d.from) !== units.of(d.to)).map((d) => units.of(d.from)));
  const leafTools = ranked.filter((c) => c.kind === 'tool' && !delegating.has(units.of(c)) && units.members(units.of(c)).length === 1);
  let bottom = Math.max(0, ...ranked.map((c) => unitRank[units.of(c)]!));
  if (leafTools.length > 0 && leafTools.length < ranked.length) bottom = Math.max(bottom, 1);
  const leaves = new Set(leafTools);
  const names = tierNames(ranked.length === 0 ? 0 : bottom + 1);
  for (const component of ranked) component.tier = names[leaves.has(component) ? bottom : unitRank[units.of(component)]!] ?? null;

  const adjusted = splitMixedNodeOwners(ranked, owners);
  const tiers: TierInfo[] = names.map((name, rank) => ({ name, rank, declared: false }));
  const ranks = new Map(names.map((name, rank) => [name, rank]));
  return {
    owners: adjusted,
    tiers: {
      tiers,
      declared: false,
      rank: (tier) => ranks.get(tier) ?? -1,
      tierOfFunction: (fn) => {
        const owner = adjusted.get(fn);
        return owner && owner !== 'shared' ? owner.tier : null;
      },
      isShared: (fn) => adjusted.get(fn) === 'shared',
      tierOfFile: () => null,
      implementationTier: names[names.length - 1] ?? null,
    },
  };
}

/** Longest-path ranks over the condensation of the delegation graph between peer units. */
function rankUnits(units: PeerUnits, delegations: readonly Delegation[]): number[] {
  const successors = units.successors(delegations);
  const { componentOf, count } = stronglyConnected(units.count, successors);
  const sccRank = new Array<number>(count).fill(0);
  const sccSuccessors = Array.from({ length: count }, () => new Set<number>());
  successors.forEach((next, unit) => {
    for (const to of next) if (componentOf[unit] !== componentOf[to]) sccSuccessors[componentOf[unit]!]!.add(componentOf[to]!);
  });
  // Components are numbered in reverse topological order: walk them from the last (sources) down.
  for (let scc = count - 1; scc >= 0; scc--) {
    for (const next of sccSuccessors[scc]!) sccRank[next] = Math.max(sccRank[next]!, sccRank[scc]! + 1);
  }
  return Array.from({ length: units.count }, (_, unit) => sccRank[componentOf[unit]!]!);
}

/**
 * A function that is the node of several graphs has one node component per graph. Its code
 * belongs to them all: when they sit in different tiers, it is shared, like any function reached
 * from several tiers.
 */
function splitMixedNodeOwners(components: readonly Component[], owners: ReadonlyMap<FunctionNode, Owner>): Map<FunctionNode, Owner> {
  const tiersOfEntry = new Map<FunctionNode, Set<string | null>>();
  for (const component of components) {
    if (!component.entry) continue;
    const set = tiersOfEntry.get(component.entry) ?? new Set();
    set.add(component.tier);
    tiersOfEntry.set(component.entry, set);
  }
  const adjusted = new Map(owners);
  for (const [fn, owner] of owners) {
    if (owner !== 'shared' && owner.entry && (tiersOfEntry.get(owner.entry)?.size ?? 1) > 1) adjusted.set(fn, 'shared');
  }
  return adjusted;
}

/** Names for inferred tiers, top first, by rank and role; never the default stack's names, which mean a declared role. */
export function tierNames(depth: number): string[] {
  if (depth <= 0) return [];
  if (depth === 1) return ['entry'];
  return ['entry', ...Array.from({ length: depth - 2 }, (_, i) => `delegate-${i + 1}`), 'implementation'];
}
