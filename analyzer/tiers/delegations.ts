import type { CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { Owner } from '../components/function-owners.js';
import type { FrameworkEdge } from '../frameworks/framework-adapter.js';
import type { FrameworkRegistry } from '../frameworks/framework-registry.js';
import type { BoundaryKind } from '../model.js';

/** A delegation between two components: who hands work to whom. */
export interface Delegation {
  from: Component;
  to: Component;
  kind: BoundaryKind;
  /** The framework edge it comes from; absent for one component calling another directly. */
  edge?: FrameworkEdge;
}

/** What tier inference and return detection read: delegations, and which nodes are peers of which graph. */
export interface DelegationStructure {
  delegations: Delegation[];
  /** A graph's own nodes (`addNode`, `Send` within a graph): peers in the graph's tier, not delegation. */
  peers: Array<[Component, Component]>;
  /** Components nothing needs to delegate to: the agents given to `run(...)`. */
  entries: ReadonlySet<Component>;
}

/**
 * Delegation edges for tier inference (DESIGN.md §5): framework delegation of any kind (tools,
 * handoffs, agents-as-tools, sub-agents, subgraphs, steps, remote runs) and one component's code
 * calling another's entry directly. A function used as a node by several graphs is the entry of
 * one node component per graph: what its code delegates to is delegated by each of them.
 */
export function findDelegations(
  graph: CallGraph,
  components: readonly Component[],
  frameworks: FrameworkRegistry,
  owners: ReadonlyMap<FunctionNode, Owner>,
): DelegationStructure {
  const byEntry = new Map<FunctionNode, Component[]>();
  for (const component of components) {
    if (!component.entry || component.kind === 'model-call') continue;
    byEntry.set(component.entry, [...(byEntry.get(component.entry) ?? []), component]);
  }
  const sharingEntry = (component: Component): Component[] => (component.entry ? (byEntry.get(component.entry) ?? [component]) : [component]);
  const ownersOf = (from: Component | FunctionNode): Component[] => {
    if (!('sourceFile' in from)) return [from];
    const owner = owners.get(from);
    return owner && owner !== 'shared' ? sharingEntry(owner) : [];
  };

  const delegations: Delegation[] = [];
  const peers: Array<[Component, Component]> = [];
  for (const edge of frameworks.edges) {
    for (const from of ownersOf(edge.from)) {
      if (edge.delegation) delegations.push({ from, to: edge.to, kind: edge.kind, edge });
      else if (edge.kind === 'node') peers.push([from, edge.to]);
    }
  }
  for (const { caller, callees } of graph.allCalls()) {
    for (const callee of callees) {
      // Calling a graph node's function directly runs it in the caller's code, not in its graphs:
      // it must not pull those graphs below the caller (DESIGN.md §5: never an edge between graphs).
      const targets = byEntry.get(callee)?.filter((c) => c.kind !== 'node');
      if (!targets?.length) continue;
      for (const from of ownersOf(caller)) {
        for (const to of targets) if (from !== to) delegations.push({ from, to, kind: 'call' });
      }
    }
  }
  return { delegations, peers, entries: frameworks.entries };
}
