import ts from 'typescript';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { chainVariableName, GraphBuilders, optionValue } from './graph-builders.js';
import { nodeSpecs } from './graph-nodes.js';
import { graphMethod, isStateGraphClass } from './langgraph-declarations.js';
import { graphSchemas, sharesWholeState, type GraphSchemas } from './state-schemas.js';
import { knownString } from '../known-string.js';

/** A graph found in the project: its component, its schemas and its nodes by key. */
export interface GraphInfo {
  construction: ts.NewExpression;
  component: Component;
  schemas: GraphSchemas;
  /** Node keys → the node's component (a plain node, or a compiled subgraph used as a node). */
  nodes: Map<string, Component>;
}

/** Every graph, and which functions run inside which graph (its nodes and its routers). */
export class Graphs {
  readonly byConstruction = new Map<ts.NewExpression, GraphInfo>();
  /** Node functions and conditional-edge routers → their graph. */
  readonly graphOfFunction = new Map<FunctionNode, GraphInfo>();
  /** Node functions → their node component. */
  readonly nodeOfFunction = new Map<FunctionNode, Component>();

  constructor(readonly builders: GraphBuilders) {}

  /** The graph an expression denotes (a builder, a compiled graph, a variable holding one). */
  graphOf(expression: ts.Expression | undefined): GraphInfo | undefined {
    const root = this.builders.rootOf(expression);
    return root ? this.byConstruction.get(root) : undefined;
  }

  /** The graph a function runs in, from it or the functions around it. */
  graphAround(fn: FunctionNode | undefined): GraphInfo | undefined {
    for (let current = fn; current; current = current.parent) {
      const graph = this.graphOfFunction.get(current);
      if (graph) return graph;
    }
    return undefined;
  }

  /** The node a function belongs to, from it or the functions around it. */
  nodeAround(fn: FunctionNode | undefined): Component | undefined {
    for (let current = fn; current; current = current.parent) {
      const node = this.nodeOfFunction.get(current);
      if (node) return node;
    }
    return undefined;
  }
}

/** Graph components: one per `new StateGraph(...)`, named by `compile({ name })` or the variable holding it. */
export function findGraphs(context: AdapterContext, calls: readonly FrameworkCall[]): Graphs {
  const graphs = new Graphs(new GraphBuilders(context));
  const compiles = new Map<ts.NewExpression, ts.CallExpression[]>();
  for (const { call, resolved } of calls) {
    if (!ts.isCallExpression(call) || graphMethod(resolved) !== 'compile' || !ts.isPropertyAccessExpression(call.expression)) continue;
    const root = graphs.builders.rootOf(call.expression.expression);
    if (root) compiles.set(root, [...(compiles.get(root) ?? []), call]);
  }
  for (const { call, resolved } of calls) {
    if (!ts.isNewExpression(call) || !isStateGraphClass(resolved)) continue;
    const compiled = compiles.get(call) ?? [];
    const name =
      compiled.map((c) => knownString(context.checker, optionValue(c.arguments[0], 'name'))).find((n) => n !== undefined) ??
      compiled.map(chainVariableName).find((n) => n !== undefined) ??
      chainVariableName(call) ??
      'graph';
    const component = context.addComponent({ kind: 'graph', name, node: call, framework: 'langgraph' });
    graphs.byConstruction.set(call, { construction: call, component, schemas: graphSchemas(call), nodes: new Map() });
  }
  return graphs;
}

/**
 * `addNode`/`addSequence`: a plain node is a peer of its graph (an edge that is not delegation) whose
 * first parameter receives the whole graph state unless `{ input }` narrows it; a compiled subgraph
 * used as a node is delegation, and forwards everything when it takes in the parent's whole state.
 */
export function addNodes(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { call, resolved } of calls) {
    const method = graphMethod(resolved);
    if (!ts.isCallExpression(call) || (method !== 'addNode' && method !== 'addSequence') || !ts.isPropertyAccessExpression(call.expression)) continue;
    const graph = graphs.graphOf(call.expression.expression);
    if (!graph) continue;
    for (const spec of nodeSpecs(context.checker, call)) {
      const subgraph = graphs.graphOf(spec.action);
      if (subgraph) {
        if (spec.key) graph.nodes.set(spec.key, subgraph.component);
        const forwards = sharesWholeState(context.checker, graph.schemas.state, subgraph.schemas.input);
        context.addEdge({
          from: graph.component,
          to: subgraph.component,
          kind: 'subgraph',
          site: spec.site,
          delegation: true,
          contract: subgraph.schemas.input?.getText() ?? null,
          forwardsEverything: forwards
            ? { what: 'context', reason: `Subgraph '${subgraph.component.name}' is added as node '${spec.key ?? '?'}' of '${graph.component.name}' on the parent's whole state schema${stateName(graph.schemas)}: every channel of the graph state crosses into it` }
            : undefined,
        });
        continue;
      }
      const input = optionValue(spec.options, 'input');
      const entry = context.functionOf(spec.action);
      const node = context.addComponent({ kind: 'node', name: spec.key ?? entry?.name ?? 'node', node: spec.site, framework: 'langgraph', entry });
      if (spec.key) graph.nodes.set(spec.key, node);
      if (entry) {
        graphs.graphOfFunction.set(entry, graph);
        graphs.nodeOfFunction.set(entry, node);
        if (!input) context.markContextParameter(entry, 0);
      }
      context.addEdge({ from: graph.component, to: node, kind: 'node', site: spec.site, delegation: false, receiver: entry, contract: input?.getText() ?? null });
    }
  }
}

/** Conditional-edge routers receive the whole graph state and run in the graph. */
export function addRouters(context: AdapterContext, graphs: Graphs, calls: readonly FrameworkCall[]): void {
  for (const { call, resolved } of calls) {
    if (!ts.isCallExpression(call) || graphMethod(resolved) !== 'addConditionalEdges' || !ts.isPropertyAccessExpression(call.expression)) continue;
    const graph = graphs.graphOf(call.expression.expression);
    const [first, second] = call.arguments;
    const router = context.functionOf(optionValue(first, 'path') ?? second);
    if (!router) continue;
    context.markContextParameter(router, 0);
    if (graph) graphs.graphOfFunction.set(router, graph);
  }
}

function stateName(schemas: GraphSchemas): string {
  return schemas.state ? ` (${schemas.state.getText()})` : '';
}
