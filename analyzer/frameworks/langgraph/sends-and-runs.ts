import ts from '../../typescript.cjs';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';

import type { Graphs } from './graphs.js';
import { isRemoteGraphClass, isSendClass, runMethod } from './langgraph-declarations.js';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { knownStrings } from '../known-string.js';
import { readersOf } from './graphs.js';
import { optionValue } from './graph-builders.js';
import { isMessageList } from './state-schemas.js';
import { safeTypeAt } from '../../types/type-properties.js';
import type { FunctionNode } from '../../callgraph/function-node.js';

/**
 * `new Send(node, payload)`: the payload is what the target node receives, judged like arguments
 * (`{ ...state }` forwards the whole state). Within one graph the node is a peer, so this only
 * becomes a boundary when the target sits in another tier (a subgraph node).
 */
export function addSends(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    if (!ts.isNewExpression(call) || !isSendClass(resolved)) continue;
    const [target, payload] = call.arguments ?? [];
    // A target typed as a union of node names is a crossing into each node it can name.
    for (const key of knownStrings(context.checker, target)) {
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
        readers: subgraph ? readersOf(subgraph) : undefined,
        contract: subgraph ? (subgraph.schemas.input?.getText() ?? null) : undefined,
      });
    }
  }
}

/** A graph run from inside a component (`compiled.invoke(input)` in a node): delegation one tier down. */
export function addGraphRuns(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    if (!ts.isCallExpression(call) || !runMethod(resolved) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const graph = graphs.graphOf(call.expression.expression);
    const input = call.arguments[0];
    if (!graph) {
      addAgentRun(context, graphs, caller, call, input);
      continue;
    }
    context.addEdge({
      from: caller,
      to: graph.component,
      // A `RemoteGraph` runs the deployed graph on a LangGraph server.
      kind: isRemoteGraphValue(context, call.expression.expression) ? 'remote-run' : 'subgraph',
      site: input ?? call,
      delegation: true,
      args: input ? [input] : [],
      readers: readersOf(graph),
      contract: graph.schemas.input?.getText() ?? null,
    });
  }
}

function soleGraphWithNode(graphs: Graphs, key: string) {
  const matches = [...graphs.byConstruction.values()].filter((g) => g.nodes.has(key));
  return matches.length === 1 ? matches[0] : undefined;
}

/** `new RemoteGraph(...)`, or a variable or property initialised with one. */
function isRemoteGraphValue(context: AdapterContext, expression: ts.Expression): boolean {
  const inner = skipOuterExpressions(expression);
  if (!inner) return false;
  if (ts.isNewExpression(inner)) return isRemoteGraphClass(context.resolve(inner.expression));
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return false;
  const declaration = context.resolve(inner)?.declaration;
  const initializer = declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) ? skipOuterExpressions(declaration.initializer) : undefined;
  return initializer !== undefined && ts.isNewExpression(initializer) && isRemoteGraphClass(context.resolve(initializer.expression));
}

/**
 * A prebuilt agent run from inside a component (`researcher.invoke({ messages })` in a node): a
 * sub-agent one tier down. Handing it the graph's whole message history (`state.messages`,
 * `[...state.messages, m]`) forwards the conversation nobody chose.
 */
function addAgentRun(context: AdapterContext, graphs: Graphs, caller: FunctionNode, call: ts.CallExpression, input: ts.Expression | undefined): void {
  const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  const agent = context.componentOf(receiver);
  if (!agent || !graphs.prebuiltAgents.has(agent)) return;
  const messages = optionValue(input, 'messages');
  const forwarded = messages && forwardsHistory(context, messages);
  context.addEdge({
    from: caller,
    to: agent,
    kind: 'subagent',
    site: forwarded ?? input ?? call,
    delegation: true,
    args: input ? [input] : [],
    forwardsEverything: forwarded ? { what: 'conversation', reason: `The whole message history '${forwarded.getText()}' is handed to agent '${agent.name}'` } : undefined,
  });
}

/** The message list forwarded whole: a message-list value as it is, or spread into a new list. */
function forwardsHistory(context: AdapterContext, messages: ts.Expression): ts.Expression | undefined {
  const inner = skipOuterExpressions(messages);
  if (!inner) return undefined;
  if ((ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) && isMessageList(context.checker, safeTypeAt(context.checker, inner))) return inner;
  if (ts.isArrayLiteralExpression(inner)) {
    const spread = inner.elements.find((e) => ts.isSpreadElement(e) && isMessageList(context.checker, safeTypeAt(context.checker, e.expression)));
    return spread && ts.isSpreadElement(spread) ? spread.expression : undefined;
  }
  return undefined;
}
