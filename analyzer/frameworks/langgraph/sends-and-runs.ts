import ts from '../../typescript.cjs';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';

import type { Graphs } from './graphs.js';
import { isSendClass, runMethod } from './langgraph-declarations.js';
import { knownString } from '../known-string.js';

/**
 * `new Send(node, payload)`: the payload is what the target node receives, judged like arguments
 * (`{ ...state }` forwards the whole state). Within one graph the node is a peer, so this only
 * becomes a boundary when the target sits in another tier (a subgraph node).
 */
export function addSends(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    if (!ts.isNewExpression(call) || !isSendClass(resolved)) continue;
    const [target, payload] = call.arguments ?? [];
    const key = knownString(context.checker, target);
    if (!key) continue;
    const graph = graphs.graphAround(caller) ?? soleGraphWithNode(graphs, key);
    const to = graph?.nodes.get(key);
    if (!graph || !to) continue;
    const subgraph = [...graphs.byConstruction.values()].find((g) => g.component === to);
    context.addEdge({
      from: graphs.nodeAround(caller) ?? graph.component,
      to,
      kind: subgraph ? 'subgraph' : 'node',
      site: payload ?? call,
      delegation: subgraph !== undefined,
      args: payload ? [payload] : [],
      receiver: to.entry,
      contract: subgraph ? (subgraph.schemas.input?.getText() ?? null) : undefined,
    });
  }
}

/** A graph run from inside a component (`compiled.invoke(input)` in a node): delegation one tier down. */
export function addGraphRuns(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    if (!ts.isCallExpression(call) || !runMethod(resolved) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const graph = graphs.graphOf(call.expression.expression);
    if (!graph) continue;
    const input = call.arguments[0];
    context.addEdge({
      from: caller,
      to: graph.component,
      kind: 'subgraph',
      site: input ?? call,
      delegation: true,
      args: input ? [input] : [],
      contract: graph.schemas.input?.getText() ?? null,
    });
  }
}

function soleGraphWithNode(graphs: Graphs, key: string) {
  const matches = [...graphs.byConstruction.values()].filter((g) => g.nodes.has(key));
  return matches.length === 1 ? matches[0] : undefined;
}
