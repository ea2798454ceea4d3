import type { CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { Owner } from '../components/function-owners.js';
import type { FrameworkRegistry } from '../frameworks/framework-registry.js';
import type { Delegation } from './infer-tiers.js';

/**
 * Delegation edges for tier inference: framework delegation (tools, handoffs, agents-as-tools,
 * sub-agents, subgraphs, steps) and one component's code calling another's entry directly.
 */
export function findDelegations(
  graph: CallGraph,
  components: readonly Component[],
  frameworks: FrameworkRegistry,
  owners: ReadonlyMap<FunctionNode, Owner>,
): Delegation[] {
  const ownerOf = (from: Component | FunctionNode): Component | undefined => {
    if (!('sourceFile' in from)) return from;
    const owner = owners.get(from);
    return owner && owner !== 'shared' ? owner : undefined;
  };
  const delegations: Delegation[] = [];
  for (const edge of frameworks.edges) {
    const from = ownerOf(edge.from);
    if (!from) continue;
    if (edge.delegation) delegations.push({ from, to: edge.to });
    // A graph's own nodes are peers in the graph's tier (DESIGN.md §5): linking them both ways
    // puts them in one strongly connected component, which ranking condenses to one tier.
    else if (edge.kind === 'node') delegations.push({ from, to: edge.to }, { from: edge.to, to: from });
  }
  const byEntry = new Map<FunctionNode, Component>();
  for (const component of components) if (component.entry) byEntry.set(component.entry, component);
  for (const edge of graph.edges) {
    const from = ownerOf(edge.caller);
    const to = byEntry.get(edge.callee);
    if (from && to && from !== to) delegations.push({ from, to });
  }
  return delegations;
}
