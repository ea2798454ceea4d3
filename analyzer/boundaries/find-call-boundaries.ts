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
  // By caller, in each caller's edge order: the tier of the calling side is looked up once per function.
  for (const caller of graph.functions) {
    const edges = graph.outgoing(caller);
    if (edges.length === 0) continue;
    const fromTier = tiers.tierOfFunction(caller);
    if (!fromTier || tiers.isShared(caller)) continue;
    for (const edge of edges) {
      const toTier = tiers.tierOfFunction(edge.callee);
      if (!toTier || fromTier === toTier || tiers.isShared(edge.callee)) continue;
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
  }
  return boundaries;
}
