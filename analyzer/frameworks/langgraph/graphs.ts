import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, ForwardedWhole, FrameworkCall } from '../framework-adapter.js';
import { chainVariableName, GraphBuilders, optionValue } from './graph-builders.js';
import { nodeSpecs } from './graph-nodes.js';
import { graphMethod, isStateGraphClass } from './langgraph-declarations.js';
import { graphSchemas, isMessageList, schemaChannels, sharesWholeState, type GraphSchemas } from './state-schemas.js';
import { knownString } from '../known-string.js';
import type { Deployments } from './deployments.js';

/** A graph found in the project: its component, its schemas and its nodes by key. */
export interface GraphInfo {
  construction: ts.NewExpression;
  component: Component;
  schemas: GraphSchemas;
  /** Node keys → the node's component (a plain node, or a compiled subgraph used as a node). */
  nodes: Map<string, Component>;
  /** Functions that receive the graph's state as their first parameter: node actions and routers. */
  readers: FunctionNode[];
  /** Compiled subgraphs this graph runs as nodes. */
  subgraphs: GraphInfo[];
  /** Whether `compile({ name })` names it (a name the framework gives, kept over a `langgraph.json` id). */
  namedByCompile: boolean;
}

/** Every graph, and which functions run inside which graph (its nodes and its routers). */
export class Graphs {
  readonly byConstruction = new Map<ts.NewExpression, GraphInfo>();
  /** Node functions and conditional-edge routers → their graph. */
  readonly graphOfFunction = new Map<FunctionNode, GraphInfo>();
  /** Node functions → their node component. */
  readonly nodeOfFunction = new Map<FunctionNode, Component>();
  readonly subgraphNodes: SubgraphNode[] = [];
  /** Prebuilt agents (`createReactAgent`, `createAgent`) by component, with the state schema they run on (undefined: message history only). */
  readonly prebuiltAgents = new Map<Component, { stateSchema?: ts.Expression }>();
  readonly agentNodes: AgentNode[] = [];

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
export function findGraphs(context: AdapterContext, calls: readonly FrameworkCall[], deployments?: Deployments): Graphs {
  const graphs = new Graphs(new GraphBuilders(context, deployments));
  const compiles = new Map<ts.NewExpression, ts.CallExpression[]>();
  for (const { call, resolved } of calls) {
    if (!ts.isCallExpression(call) || graphMethod(resolved) !== 'compile' || !ts.isPropertyAccessExpression(call.expression)) continue;
    const root = graphs.builders.rootOf(call.expression.expression);
    if (root) compiles.set(root, [...(compiles.get(root) ?? []), call]);
  }
  for (const { call, resolved } of calls) {
    if (!ts.isNewExpression(call) || !isStateGraphClass(resolved)) continue;
    const compiled = compiles.get(call) ?? [];
    const compileName = compiled.map((c) => knownString(context.checker, optionValue(c.arguments[0], 'name'))).find((n) => n !== undefined);
    const name =
      compileName ??
      compiled.map(chainVariableName).find((n) => n !== undefined) ??
      chainVariableName(call) ??
      'graph';
    const component = context.addComponent({ kind: 'graph', name, node: call, framework: 'langgraph' });
    graphs.byConstruction.set(call, { construction: call, component, schemas: graphSchemas(call), nodes: new Map(), readers: [], subgraphs: [], namedByCompile: compileName !== undefined });
  }
  return graphs;
}

/** A compiled subgraph added as a node of another graph, waiting until every graph's nodes are known. */
interface SubgraphNode {
  parent: GraphInfo;
  child: GraphInfo;
  key: string | undefined;
  options?: ts.Expression;
  site: ts.Node;
}

/** A prebuilt agent added as a node: a compiled graph on the message-history state (or its `stateSchema`). */
interface AgentNode {
  parent: GraphInfo;
  agent: Component;
  stateSchema?: ts.Expression;
  key: string | undefined;
  options?: ts.Expression;
  site: ts.Node;
}

/**
 * `addNode`/`addSequence`: a plain node is a peer of its graph (an edge that is not delegation) whose
 * first parameter receives the whole graph state unless `{ input }` narrows it; a compiled subgraph
 * used as a node is delegation (its edge is made by `addSubgraphNodes`, once all nodes are known).
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
        graph.subgraphs.push(subgraph);
        graphs.subgraphNodes.push({ parent: graph, child: subgraph, key: spec.key, options: spec.options, site: spec.site });
        continue;
      }
      const agent = context.componentOf(spec.action);
      const prebuilt = agent && graphs.prebuiltAgents.get(agent);
      if (agent && prebuilt) {
        if (spec.key) graph.nodes.set(spec.key, agent);
        graphs.agentNodes.push({ parent: graph, agent, stateSchema: prebuilt.stateSchema, key: spec.key, options: spec.options, site: spec.site });
        continue;
      }
      const input = optionValue(spec.options, 'input');
      const entry = context.functionOf(spec.action);
      const node = context.addComponent({ kind: 'node', name: spec.key ?? entry?.name ?? 'node', node: spec.site, framework: 'langgraph', entry });
      if (spec.key) graph.nodes.set(spec.key, node);
      if (entry) {
        graphs.graphOfFunction.set(entry, graph);
        graphs.nodeOfFunction.set(entry, node);
        graph.readers.push(entry);
        if (!input) context.markContextParameter(entry, 0);
      }
      context.addEdge({ from: graph.component, to: node, kind: 'node', site: spec.site, delegation: false, receiver: entry, contract: input?.getText() ?? null });
    }
  }
}

/**
 * A compiled subgraph used as a node receives the parent's value of every channel the two schemas
 * share (DESIGN.md §6): those channels are its exposure, read as its nodes and routers read them.
 * On the parent's whole state schema it forwards a context; with no node `input` schema, a shared
 * message-history channel forwards the conversation.
 */
export function addSubgraphNodes(context: AdapterContext, graphs: Graphs): void {
  const { checker } = context;
  for (const { parent, child, key, options, site } of graphs.subgraphNodes) {
    const nodeInput = optionValue(options, 'input');
    const parentChannels = schemaChannels(checker, parent.schemas.state);
    const childChannels = schemaChannels(checker, child.schemas.input);
    const inputChannels = nodeInput ? schemaChannels(checker, nodeInput) : undefined;
    const where = `Subgraph '${child.component.name}' added as node '${key ?? '?'}' of '${parent.component.name}'`;
    const base = { from: parent.component, to: child.component, kind: 'subgraph' as const, site, delegation: true, contract: (nodeInput ?? child.schemas.input)?.getText() ?? null };
    const unresolved = [parentChannels ? undefined : parent.schemas.state, childChannels ? undefined : child.schemas.input, nodeInput && !inputChannels ? nodeInput : undefined].filter(
      (schema): schema is ts.Expression => schema !== undefined,
    );
    if (!parentChannels || !childChannels || (nodeInput && !inputChannels)) {
      const names = unresolved.map((schema) => `'${schema.getText()}'`).join(', ');
      context.addDiagnostic(site, 'warning', `${where}: state schema ${names || '(none given)'} could not be resolved; which channels cross is unknown, so no claim is made on them`);
      context.addEdge({ ...base, channels: { root: 'state', names: [], unknown: true } });
      continue;
    }
    const shared = [...parentChannels.keys()].filter((name) => childChannels.has(name) && (!inputChannels || inputChannels.has(name)));
    const whole = !nodeInput && sharesWholeState(checker, parent.schemas.state, child.schemas.input);
    const messages = shared.filter((name) => isMessageList(checker, parentChannels.get(name)));
    const forwardsEverything: ForwardedWhole | undefined = whole
      ? { what: 'context', reason: `${where} is on the parent's whole state schema${stateName(parent.schemas)}: every channel of the graph state crosses into it` }
      : !nodeInput && messages.length > 0
        ? { what: 'conversation', reason: `${where} with no input schema receives the parent's message history (${messages.map((m) => `state.${m}`).join(', ')})` }
        : undefined;
    context.addEdge({
      ...base,
      forwardsEverything,
      channels: shared.length > 0 ? { root: 'state', names: shared } : undefined,
      readers: readersOf(child),
    });
  }
}

/**
 * A prebuilt agent used as a node runs on the message history (plus its `stateSchema`): with no
 * node `input` schema it receives the parent's messages. Its reads are the framework's, unknown here.
 */
export function addAgentNodes(context: AdapterContext, graphs: Graphs): void {
  const { checker } = context;
  for (const { parent, agent, stateSchema, key, options, site } of graphs.agentNodes) {
    const nodeInput = optionValue(options, 'input');
    const parentChannels = schemaChannels(checker, parent.schemas.state);
    const agentChannels = stateSchema ? schemaChannels(checker, stateSchema) : undefined;
    const base = { from: parent.component, to: agent, kind: 'subgraph' as const, site, delegation: true, contract: (nodeInput ?? stateSchema)?.getText() ?? null };
    if (!parentChannels || (stateSchema && !agentChannels)) {
      context.addEdge({ ...base, channels: { root: 'state', names: [], unknown: true } });
      continue;
    }
    const inputChannels = nodeInput ? schemaChannels(checker, nodeInput) : undefined;
    const accepts = (name: string) => (name === 'messages' || (agentChannels?.has(name) ?? false)) && (!inputChannels || inputChannels.has(name));
    const shared = [...parentChannels.keys()].filter(accepts);
    const messages = shared.filter((name) => isMessageList(checker, parentChannels.get(name)));
    context.addEdge({
      ...base,
      channels: shared.length > 0 ? { root: 'state', names: shared } : undefined,
      forwardsEverything:
        !nodeInput && messages.length > 0
          ? { what: 'conversation', reason: `Agent '${agent.name}' added as node '${key ?? '?'}' of '${parent.component.name}' with no input schema receives the parent's message history (${messages.map((m) => `state.${m}`).join(', ')})` }
          : undefined,
    });
  }
}

/** The functions that receive a graph's state: its nodes and routers, and those of the subgraphs it runs as nodes. */
export function readersOf(graph: GraphInfo, seen = new Set<GraphInfo>()): FunctionNode[] {
  if (seen.has(graph)) return [];
  seen.add(graph);
  return [...graph.readers, ...graph.subgraphs.flatMap((sub) => readersOf(sub, seen))];
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
    if (graph) {
      graphs.graphOfFunction.set(router, graph);
      graph.readers.push(router);
    }
  }
}

function stateName(schemas: GraphSchemas): string {
  return schemas.state ? ` (${schemas.state.getText()})` : '';
}
