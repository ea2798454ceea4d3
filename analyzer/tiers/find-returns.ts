import type { Component } from '../components/component.js';
import type { Delegation, DelegationStructure } from './delegations.js';
import { PeerUnits } from './peer-units.js';
import { stronglyConnected } from './strongly-connected.js';

/**
 * Handoffs that are returns (DESIGN.md §5): a handoff back to an agent that (transitively) hands
 * off or delegates to the sender. "Back" is measured from the entries: a handoff in a cycle whose
 * target is no deeper than its sender (in delegation steps from an entry) returns the conversation
 * to where it came from. Returns are not delegation and not crossings: no rule judges them.
 */
export function findReturns(components: readonly Component[], structure: DelegationStructure): Set<Delegation> {
  const ranked = components.filter((c) => c.kind !== 'model-call');
  const units = new PeerUnits(ranked, structure.peers);
  const successors = units.successors(structure.delegations);
  const { componentOf } = stronglyConnected(units.count, successors);
  const depth = depthsFromEntries(units, successors, structure.entries);
  const returns = new Set<Delegation>();
  for (const delegation of structure.delegations) {
    if (delegation.kind !== 'handoff') continue;
    const from = units.of(delegation.from);
    const to = units.of(delegation.to);
    if (from < 0 || to < 0 || from === to || componentOf[from] !== componentOf[to]) continue;
    if (depth[to]! <= depth[from]!) returns.add(delegation);
  }
  return returns;
}

/** Breadth-first delegation steps from the entries (run targets and units nothing delegates to), then from whatever is still unreached, in source order. */
function depthsFromEntries(units: PeerUnits, successors: readonly (readonly number[])[], entries: ReadonlySet<Component>): number[] {
  const depth = new Array<number>(units.count).fill(-1);
  const incoming = new Array<number>(units.count).fill(0);
  for (const next of successors) for (const to of next) incoming[to]!++;
  const seeds: number[] = [];
  for (let unit = 0; unit < units.count; unit++) {
    if (incoming[unit] === 0 || units.members(unit).some((c) => entries.has(c))) seeds.push(unit);
  }
  const walk = (starts: readonly number[]): void => {
    const queue: number[] = [];
    for (const start of starts) {
      if (depth[start] !== -1) continue;
      depth[start] = 0;
      queue.push(start);
    }
    for (let head = 0; head < queue.length; head++) {
      const unit = queue[head]!;
      for (const next of successors[unit]!) {
        if (depth[next] !== -1) continue;
        depth[next] = depth[unit]! + 1;
        queue.push(next);
      }
    }
  };
  walk(seeds);
  for (let unit = 0; unit < units.count; unit++) if (depth[unit] === -1) walk([unit]);
  return depth;
}
