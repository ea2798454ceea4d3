import type { ResolvedDeclaration } from '../resolved-declaration.js';

export const MASTRA_PACKAGE = '@mastra/core';

/**
 * The `@mastra/core` declarations the adapter acts on (docs/frameworks.md §3), keyed by the
 * declaration file under the package root and the declared name. Matching on the resolved
 * declaration, never on the identifier, lets aliased imports and local barrels through.
 */
const API = {
  agent: { file: 'dist/agent/agent', names: ['Agent'] },
  tool: { file: 'dist/tools/tool', names: ['createTool'] },
  step: { file: 'dist/workflows/workflow', names: ['createStep'] },
  workflow: { file: 'dist/workflows/create', names: ['createWorkflow'] },
  /** Agent methods that run the agent's model on the messages given. */
  agentCall: {
    file: 'dist/agent/agent',
    names: ['Agent.generate', 'Agent.stream', 'Agent.streamUntilIdle', 'Agent.network', 'Agent.generateLegacy', 'Agent.streamLegacy'],
  },
  /** Workflow builder methods that take steps (`then(step)`, `parallel([...])`, `branch([[cond, step]])`, ...). */
  workflowStep: {
    file: 'dist/workflows/workflow',
    names: ['Workflow.then', 'Workflow.parallel', 'Workflow.branch', 'Workflow.dowhile', 'Workflow.dountil', 'Workflow.foreach', 'Workflow.agent', 'Workflow.tool', 'Workflow.waitForEvent'],
  },
  /** The other builder methods: followed back to the `createWorkflow` a chain starts from. */
  workflowBuilder: {
    file: 'dist/workflows/workflow',
    names: ['Workflow.map', 'Workflow.sleep', 'Workflow.sleepUntil', 'Workflow.classifier', 'Workflow.commit'],
  },
  createRun: { file: 'dist/workflows/workflow', names: ['Workflow.createRun'] },
  /** `new Mastra({ agents, workflows })`: the registry that names components for the lookups below. */
  registry: { file: 'dist/mastra/index', names: ['Mastra'] },
  /** A registered component fetched by its registration key or its id (`mastra.getAgent('writer')`). */
  lookup: { file: 'dist/mastra/index', names: ['Mastra.getAgent', 'Mastra.getAgentById', 'Mastra.getWorkflow', 'Mastra.getWorkflowById'] },
} as const;

export type MastraApi = keyof typeof API;

/** Which adapter-relevant `@mastra/core` API a resolved declaration is, if any. */
export function mastraApi(resolved: ResolvedDeclaration | undefined): MastraApi | undefined {
  if (!resolved || resolved.packageName !== MASTRA_PACKAGE) return undefined;
  const file = packageRelativeFile(resolved.file);
  if (!file) return undefined;
  for (const [api, { file: stem, names }] of Object.entries(API) as Array<[MastraApi, (typeof API)[MastraApi]]>) {
    if (file === stem && (names as readonly string[]).includes(resolved.name)) return api;
  }
  return undefined;
}

/**
 * `dist/agent/agent` for `.../node_modules/@mastra/core/dist/agent/agent.d.ts`: the file inside
 * the package, without the declaration extension (`.d.ts`, `.d.mts`, `.d.cts`).
 */
export function packageRelativeFile(fileName: string): string | undefined {
  const marker = `/node_modules/${MASTRA_PACKAGE}/`;
  const at = fileName.lastIndexOf(marker);
  if (at < 0) return undefined;
  return fileName.slice(at + marker.length).replace(/\.d\.[mc]?ts$/, '');
}
