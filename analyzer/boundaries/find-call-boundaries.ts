import type { CallGraph, CallOut } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { ComponentRegistry } from '../components/component-registry.js';
import type { TierModel } from '../tiers/tier-model.js';
import type { Boundary } from './boundary.js';

/** Every resolved call (or callback handed over) whose two ends sit in different tiers. */
export function findCallBoundaries(graph: CallGraph, tiers: TierModel, components: ComponentRegistry): Boundary[] {
  const boundaries: Boundary[] = [];
  // A call dispatched through an interface to several implementations in one tier is one crossing:
  // into the first implementation of each tier. Every call through one member shares its callee
  // list, so those are found once per list.
  const firstOfEachTier = new Map<readonly FunctionNode[], Array<{ callee: FunctionNode; toTier: string }>>();
  const firstsOf = (callees: readonly FunctionNode[]) => {
    let firsts = firstOfEachTier.get(callees);
    if (!firsts) {
      const seen = new Set<string>();
      firsts = [];
      for (const callee of callees) {
        const toTier = tiers.tierOfFunction(callee);
        if (!toTier || seen.has(toTier) || tiers.isShared(callee)) continue;
        seen.add(toTier);
        firsts.push({ callee, toTier });
      }
      firstOfEachTier.set(callees, firsts);
    }
    return firsts;
  };
  const cross = (caller: FunctionNode, fromTier: string, out: CallOut, callee: FunctionNode, toTier: string | null): void => {
    if (!toTier || fromTier === toTier || tiers.isShared(callee)) return;
    // An inline callback written in one tier and tagged with another is a capture, not a call.
    if (out.kind === 'callback' && out.site === callee.decl) return;
    boundaries.push({
      id: '',
      kind: 'call',
      from: components.forFunction(caller),
      to: components.forFunction(callee),
      fromTier,
      toTier,
      sender: caller,
      receiver: callee,
      call: out.call,
      // A callback handed over crosses as a reference; no argument of it reaches the receiver's parameters here.
      args: out.kind === 'call' ? out.args : [],
      site: out.site,
    });
  };
  // By caller, in each caller's edge order: the tier of the calling side is looked up once per function.
  for (const caller of graph.functions) {
    const calls = graph.callsFrom(caller);
    if (calls.length === 0) continue;
    const fromTier = tiers.tierOfFunction(caller);
    if (!fromTier || tiers.isShared(caller)) continue;
    for (const out of calls) {
      if (out.dispatched) for (const { callee, toTier } of firstsOf(out.callees)) cross(caller, fromTier, out, callee, toTier);
      else for (const callee of out.callees) cross(caller, fromTier, out, callee, tiers.tierOfFunction(callee));
    }
  }
  return boundaries;
}
