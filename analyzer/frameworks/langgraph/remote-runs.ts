import ts from '../../typescript.cjs';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import type { Deployments } from './deployments.js';
import { optionValue } from './graph-builders.js';
import type { Graphs } from './graphs.js';
import { readersOf } from './graphs.js';
import { isRemoteGraphClass, remoteRunMethod } from './langgraph-declarations.js';

/**
 * `client.runs.create`/`wait`/`stream(thread, graphId, { input })` (`@langchain/langgraph-sdk`): a run
 * of the graph `langgraph.json` deploys under that id, delegation one tier down; its `input` is what
 * crosses. An id nothing maps is a diagnostic, not a guess.
 */
export function addRemoteRuns(context: AdapterContext, graphs: Graphs, deployments: Deployments, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    const method = remoteRunMethod(resolved);
    if (!method || !ts.isCallExpression(call)) continue;
    const [, graphId, payload] = call.arguments;
    const target = deployments.target(call, graphId);
    if ('problem' in target) {
      context.addDiagnostic(graphId ?? call, 'warning', `remote run (runs.${method}): ${target.problem}; the run is not followed`);
      continue;
    }
    const graph = graphs.graphOf(target.value);
    const to = graph?.component ?? context.componentOf(target.value);
    if (!to) {
      context.addDiagnostic(graphId ?? call, 'warning', `remote run (runs.${method}): '${target.graph.id}' is ${target.graph.exportName} in ${target.graph.file}, which is not a graph or agent the analysis recognises; the run is not followed`);
      continue;
    }
    const input = optionValue(payload, 'input');
    context.addEdge({
      from: caller,
      to,
      kind: 'remote-run',
      site: input ?? graphId ?? call,
      delegation: true,
      args: input ? [input] : [],
      readers: graph ? readersOf(graph) : undefined,
      contract: graph ? (graph.schemas.input?.getText() ?? null) : undefined,
    });
  }
}

/** A `new RemoteGraph({ graphId })` whose id no `langgraph.json` maps: said in a diagnostic (it stands for no graph). */
export function checkRemoteGraphs(context: AdapterContext, deployments: Deployments, calls: readonly FrameworkCall[]): void {
  for (const { call, resolved } of calls) {
    if (!ts.isNewExpression(call) || !isRemoteGraphClass(resolved)) continue;
    const graphId = optionValue(call.arguments?.[0], 'graphId');
    const target = deployments.target(call, graphId);
    if ('problem' in target) context.addDiagnostic(graphId ?? call, 'warning', `RemoteGraph: ${target.problem}; its runs are not followed`);
  }
}

/**
 * A graph deployed by a `langgraph.json` is named by its graph id there (`programmer`) rather than by
 * the variable it is exported as (`graph`), unless `compile({ name })` named it.
 */
export function nameDeployedGraphs(graphs: Graphs, deployments: Deployments): void {
  const seen = new Set<string>();
  for (const info of graphs.byConstruction.values()) {
    const config = deployments.configs.nearest(info.construction.getSourceFile().fileName);
    if (!config || seen.has(config.file)) continue;
    seen.add(config.file);
    for (const deployed of config.graphs) {
      const value = deployments.exportedValue(deployed);
      const graph = value ? graphs.graphOf(value) : undefined;
      if (graph && !graph.namedByCompile) graph.component.name = deployed.id;
    }
  }
}
