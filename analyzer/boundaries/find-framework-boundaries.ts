import type { CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { ComponentRegistry } from '../components/component-registry.js';
import type { FrameworkEdge } from '../frameworks/framework-adapter.js';
import type { FrameworkRegistry } from '../frameworks/framework-registry.js';
import type { TierModel } from '../tiers/tier-model.js';
import type { Boundary } from './boundary.js';

/** Framework edges (tools, handoffs, sub-agents, nodes, steps) whose ends sit in different tiers, except returns, and every model call, tiered or not. */
export function findFrameworkBoundaries(
  frameworks: FrameworkRegistry,
  graph: CallGraph,
  tiers: TierModel,
  components: ComponentRegistry,
  returns: ReadonlySet<FrameworkEdge> = new Set(),
): Boundary[] {
  const boundaries: Boundary[] = [];
  for (const edge of frameworks.edges) {
    // A handoff back to where the conversation came from is no crossing (DESIGN.md §5).
    if (returns.has(edge)) continue;
    const fromTier = isFunction(edge.from) ? tiers.tierOfFunction(edge.from) : edge.from.tier;
    const toTier = edge.to.tier;
    if (!fromTier || !toTier || fromTier === toTier) continue;
    // Only now: a function made into a component here must sit at a boundary.
    const from = edgeSource(edge, components);
    boundaries.push({
      id: '',
      kind: edge.kind,
      from,
      to: edge.to,
      fromTier,
      toTier,
      sender: isFunction(edge.from) ? edge.from : (from.entry ?? graph.enclosingFunction(edge.site)),
      receiver: edge.receiver,
      args: edge.args ?? [],
      site: edge.site,
      contract: edge.contract,
      forwardsEverything: edge.forwardsEverything,
      channels: edge.channels,
      readers: edge.readers,
    });
  }
  for (const modelCall of frameworks.modelCalls) {
    const { caller } = modelCall;
    // A model call is a boundary wherever it is made, from a tier or not (DESIGN.md §5).
    const fromTier = isFunction(caller) ? (tiers.isShared(caller) ? null : tiers.tierOfFunction(caller)) : caller.tier;
    const model = components.add({ kind: 'model-call', name: modelCall.name, framework: modelCall.framework, tier: null, node: modelCall.node });
    boundaries.push({
      id: '',
      kind: 'model',
      from: isFunction(caller) ? components.forFunction(caller) : caller,
      to: model,
      fromTier,
      toTier: null,
      sender: isFunction(caller) ? caller : (caller.entry ?? graph.enclosingFunction(modelCall.node)),
      args: modelCall.sinks,
      site: modelCall.node,
    });
  }
  return boundaries;
}

/** The component an edge starts from: given, or the owner of the function whose code makes it. */
export function edgeSource(edge: FrameworkEdge, components: ComponentRegistry): Component {
  return isFunction(edge.from) ? components.forFunction(edge.from) : edge.from;
}

function isFunction(value: Component | FunctionNode): value is FunctionNode {
  return 'sourceFile' in value;
}
