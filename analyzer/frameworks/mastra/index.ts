import ts from '../../typescript.cjs';
import type { FrameworkAdapter } from '../framework-adapter.js';
import { addAgentEdges } from './agent-edges.js';
import { findMastraComponents, type MastraCall } from './components.js';
import { MASTRA_PACKAGE, mastraApi, type MastraApi } from './mastra-api.js';
import { addModelSinks } from './model-sinks.js';
import { mastraComponentOf } from './references.js';
import { findRegistrations } from './registry.js';
import { addWorkflowEdges } from './workflow-edges.js';

/**
 * `@mastra/core` 1.x (docs/frameworks.md §3): agents with their tools, sub-agents and workflows;
 * tools; workflows with their steps; the model sinks of each; and `RequestContext` as a context.
 * `new Mastra({ agents, workflows })` is a registry and makes no edge; a component fetched from it
 * (`mastra.getAgent('x')`, `getAgentById`, `getWorkflow`, `getWorkflowById`) is the one registered.
 */
export const mastraAdapter: FrameworkAdapter = {
  name: 'mastra',
  packages: [MASTRA_PACKAGE],
  analyze(context) {
    const calls: MastraCall[] = [];
    for (const call of context.callsInto([MASTRA_PACKAGE])) {
      const api = mastraApi(call.resolved);
      if (api) calls.push({ ...call, api });
    }
    const callsOf = (api: MastraApi) => calls.filter((call) => call.api === api);

    const found = findMastraComponents(context, calls);
    // Registered components are fetched by key or id (`mastra.getAgent('writer')`) wherever a Mastra instance is at hand.
    const registry = findRegistrations(context, callsOf('registry'), (expression) => mastraComponentOf(context, undefined, expression));
    addAgentEdges(context, registry, found, callsOf('agentCall'));
    addWorkflowEdges(context, registry, found, callsOf('workflowStep'));
    addModelSinks(context, registry, found, callsOf('agentCall'));

    context.addContextType(MASTRA_PACKAGE, 'RequestContext');
    // A tool's `execute(input, context)` and a step's `execute(params)` receive the framework's execution context.
    for (const tool of found.tools) if (tool.execute) context.markContextParameter(tool.execute, 1);
    for (const step of found.steps) if (step.execute) context.markContextParameter(step.execute, 0);

    // `workflow.createRun()` starts a run: from outside, the workflow is an entry of the system;
    // from a step or a tool (`mastra.getWorkflow('x').createRun()`), that component delegates to it.
    for (const { call, caller } of callsOf('createRun')) {
      if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
      const workflow = mastraComponentOf(context, registry, call.expression.expression);
      if (!workflow) continue;
      context.addEntry(workflow);
      context.addEdge({ from: caller, to: workflow, kind: 'call', site: call, delegation: true });
    }
  },
};
