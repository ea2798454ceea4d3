import type ts from 'typescript';
import type { CallGraph } from '../callgraph/call-graph.js';
import type { ComponentRegistry } from '../components/component-registry.js';
import type { TierModel } from '../tiers/tier-model.js';
import type { Boundary } from './boundary.js';

/** Every resolved call (or callback handed over) whose two ends sit in different tiers. */
export function findCallBoundaries(graph: CallGraph, tiers: TierModel, components: ComponentRegistry): Boundary[] {
  const boundaries: Boundary[] = [];
  // A call dispatched through an interface to several implementations in one tier is one crossing.
  const dispatchedInto = new Map<ts.Node, Set<string>>();
  for (const edge of graph.edges) {
    const fromTier = tiers.tierOfFunction(edge.caller);
    const toTier = tiers.tierOfFunction(edge.callee);
    if (!fromTier || !toTier || fromTier === toTier) continue;
    if (tiers.isShared(edge.caller) || tiers.isShared(edge.callee)) continue;
    // An inline callback written in one tier and tagged with another is a capture, not a call.
    if (edge.kind === 'callback' && edge.site === edge.callee.decl) continue;
    const member = edge.kind === 'call' ? graph.dispatchedThrough(edge.call) : undefined;
    if (member) {
      const tiersReached = dispatchedInto.get(edge.call) ?? new Set<string>();
      if (tiersReached.has(toTier)) continue;
      tiersReached.add(toTier);
      dispatchedInto.set(edge.call, tiersReached);
    }
    boundaries.push({
      id: '',
      kind: 'call',
      from: components.forFunction(edge.caller),
      to: components.forFunction(edge.callee),
      fromTier,
      toTier,
      sender: edge.caller,
      receiver: edge.callee,
      call: edge.call,
      // A callback handed over crosses as a reference; no argument of it reaches the receiver's parameters here.
      args: edge.kind === 'call' ? edge.args : [],
      site: edge.site,
    });
  }
  return boundaries;
}
