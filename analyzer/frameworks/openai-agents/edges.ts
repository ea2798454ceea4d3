import ts from 'typescript';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { openAiApi } from './api.js';
import { agentOption, entrySite, optionFunction, schemaText, type AgentDefinition, type ToolDefinition } from './components.js';
import type { HandoffEntry } from './handoffs.js';
import { definitionOf, listElements, optionValue, returnedExpressions } from './options.js';
import type { RunCall } from './runs.js';

/** The schema `asTool` uses when it is given no `parameters`. */
const DEFAULT_AS_TOOL_SCHEMA = '{ input: string }';

/** `tools: [...]` entries: function tools (judged by their `parameters`) and `agent.asTool(...)`. */
export function addToolEdges(context: AdapterContext, agents: readonly AgentDefinition[], tools: readonly ToolDefinition[]): void {
  for (const agent of agents) {
    for (const element of listElements(context.checker, agentOption(context, agent, 'tools'))) {
      const site = entrySite(context, agent, 'tools', element);
      const definition = definitionOf(context.checker, element);
      if (definition && ts.isCallExpression(definition) && openAiApi(context.resolve(definition.expression)) === 'as-tool') {
        addAgentAsToolEdge(context, agent.component, agents, site, definition);
        continue;
      }
      const tool = tools.find((t) => t.component === context.componentOf(element));
      if (!tool) continue;
      context.addEdge({ from: agent.component, to: tool.component, kind: 'tool', site, delegation: true, receiver: tool.execute, contract: tool.contract });
    }
  }
}

/**
 * `agent.asTool(options)`: the nested agent receives only its tool input. What crosses beyond
 * that is what `inputBuilder` returns and a context handed over in `runOptions.context`.
 */
function addAgentAsToolEdge(context: AdapterContext, from: Component, agents: readonly AgentDefinition[], site: ts.Node, call: ts.CallExpression): void {
  const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  const to = context.componentOf(receiver);
  if (!to || !agents.some((a) => a.component === to)) return;
  const options = call.arguments[0];
  const builder = optionFunction(context, options, 'inputBuilder');
  const runContext = optionValue(context.checker, optionValue(context.checker, options, 'runOptions'), 'context');
  const args = [...(builder ? returnedExpressions(builder.decl) : []), ...(runContext ? [runContext] : [])];
  const parameters = optionValue(context.checker, options, 'parameters');
  const contract = parameters ? schemaText(context, parameters) : DEFAULT_AS_TOOL_SCHEMA;
  context.addEdge({ from, to, kind: 'agent-as-tool', site, delegation: true, args, contract });
}

/** Handoffs: a delegation each; one that neither it nor its runs filter forwards the whole conversation. */
export function addHandoffEdges(context: AdapterContext, handoffs: readonly HandoffEntry[], filteredByRuns: ReadonlySet<Component>): void {
  for (const handoff of handoffs) {
    const from = handoff.from.component;
    const forwardsEverything =
      handoff.filtered || filteredByRuns.has(from)
        ? undefined
        : { what: 'conversation' as const, reason: `Handoff from ${from.name} to ${handoff.to.name} has no inputFilter (nor a run-level handoffInputFilter): it forwards the whole conversation history` };
    context.addEdge({ from, to: handoff.to, kind: 'handoff', site: handoff.site, delegation: true, forwardsEverything });
  }
}

/**
 * `run(agent, input, { context })`: the agent becomes an entry and the run context enters here,
 * judged once (a fresh object literal creates it; `{ ...ctx }` or `ctx` hands one over). A run
 * written inside a component's code delegates to the agent; a top-level one does not.
 */
export function addRunEdges(context: AdapterContext, runs: readonly RunCall[]): void {
  for (const run of runs) {
    context.addEntry(run.agent);
    const runContext = optionValue(context.checker, run.options, 'context');
    const site = run.call.call.arguments?.[0] ?? run.call.call;
    context.addEdge({ from: run.call.caller, to: run.agent, kind: 'call', site, delegation: true, args: runContext ? [runContext] : [] });
  }
}
