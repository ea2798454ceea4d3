import * as path from 'node:path';
import ts from '../../typescript.cjs';
import type { AdapterContext } from '../framework-adapter.js';
import { knownString } from '../known-string.js';
import { LangGraphConfigs, type DeployedGraph } from './langgraph-json.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** What a graph id names: the deployed graph and the value its file exports, or why it names nothing. */
export type DeploymentTarget = { graph: DeployedGraph; value: ts.Expression } | { problem: string };

/**
 * Graph ids (`client.runs.create(thread, 'planner', …)`, `new RemoteGraph({ graphId })`) resolved
 * through the nearest `langgraph.json` to the declaration its file exports. Never a guess: an id
 * that no `langgraph.json` maps is a problem the caller reports.
 */
export class Deployments {
  readonly configs = new LangGraphConfigs();
  private readonly byFile = new Map<string, ts.SourceFile>();

  constructor(private readonly context: AdapterContext) {
    for (const sourceFile of context.files) this.byFile.set(path.resolve(sourceFile.fileName), sourceFile);
  }

  target(site: ts.Node, id: ts.Expression | undefined): DeploymentTarget {
    const graphId = knownString(this.context.checker, id);
    if (graphId === undefined) return { problem: `the graph id${id ? ` '${id.getText()}'` : ''} is not a known string` };
    const config = this.configs.nearest(site.getSourceFile().fileName);
    if (!config) return { problem: `no langgraph.json above this file maps graph id '${graphId}'` };
    if (config.error) return { problem: `${config.file}: ${config.error}` };
    const graph = config.graphs.find((g) => g.id === graphId);
    if (!graph) return { problem: `langgraph.json maps no graph id '${graphId}' (it maps ${config.graphs.map((g) => `'${g.id}'`).join(', ') || 'none'})` };
    const value = this.exportedValue(graph);
    return value ? { graph, value } : { problem: `langgraph.json maps '${graphId}' to ${graph.exportName} in ${graph.file}, which the program does not export` };
  }

  /** The value an export of a project file is initialised with (`export const graph = workflow.compile()`). */
  exportedValue(graph: DeployedGraph): ts.Expression | undefined {
    const sourceFile = this.byFile.get(graph.file) ?? this.byFile.get(graph.file.replace(/\.js$/, '.ts'));
    if (!sourceFile) return undefined;
    const { checker } = this.context;
    try {
      const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
      let symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === graph.exportName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      return declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    } catch (error) {
      noteCheckerFault(checker, error, sourceFile);
      return undefined;
    }
  }
}
