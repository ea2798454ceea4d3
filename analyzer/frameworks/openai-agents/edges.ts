import ts from '../../typescript.cjs';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { conversationCrossings, type ConversationCrossing, type ConversationProperty } from '../conversation-crossings.js';
import { CORE_PACKAGE, openAiApi } from './api.js';
import { agentListEntries, optionFunction, schemaText, type AgentDefinition, type ToolDefinition } from './components.js';
import type { HandoffEntry } from './handoffs.js';
import { definitionOf, optionValue, returnedExpressions } from './options.js';
import type { RunCall } from './runs.js';

/** The schema `asTool` uses when it is given no `parameters`. */
const DEFAULT_AS_TOOL_SCHEMA = '{ input: string }';

/** `tools: [...]` entries: function tools (judged by their `parameters`) and `agent.asTool(...)`. */
export function addToolEdges(context: AdapterContext, agents: readonly AgentDefinition[], tools: readonly ToolDefinition[]): void {
  for (const agent of agents) {
    for (const { element, site } of agentListEntries(context, agent, 'tools')) {
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

/**
 * Handoffs: a delegation each; one that neither it nor its runs filter forwards the whole
 * conversation. A realtime handoff is not judged: the voice session is one conversation that the
 * SDK hands over whole and offers no filter for, so there is no choice left undesigned.
 */
export function addHandoffEdges(context: AdapterContext, handoffs: readonly HandoffEntry[], filteredByRuns: ReadonlySet<Component>): void {
  for (const handoff of handoffs) {
    const from = handoff.from.component;
    const forwardsEverything =
      handoff.filtered || handoff.from.realtime || filteredByRuns.has(from)
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
    for (const crossing of forwardedHistories(context, run)) {
      const reason = `The whole conversation of another run ('${crossing.expression.getText()}') is handed to ${run.agent.name} as its input`;
      context.addEdge({ from: run.call.caller, to: run.agent, kind: 'call', site: crossing.location, delegation: true, forwardsEverything: { what: 'conversation', reason } });
    }
  }
}

/** A run result's `history`: the input and every item the run produced. */
const RUN_HISTORY: ConversationProperty = { packageName: CORE_PACKAGE, owners: new Set(['RunResultBase', 'RunResult', 'StreamedRunResult']), name: 'history' };

/**
 * Another run's whole history handed to this run's agent as input (`run(billing, triaged.history)`,
 * `[...triaged.history, user(note)]`). Continuing the same agent's conversation is not a crossing.
 */
function forwardedHistories(context: AdapterContext, run: RunCall): ConversationCrossing[] {
  return conversationCrossings(context.checker, run.input ? [run.input] : [], RUN_HISTORY).filter((crossing) => {
    const inner = crossing.expression;
    const result = ts.isPropertyAccessExpression(inner) ? definitionOf(context.checker, inner.expression) : undefined;
    const made = result && ts.isAwaitExpression(result) ? result.expression : result;
    const api = made && ts.isCallExpression(made) ? openAiApi(context.resolve(made.expression)) : undefined;
    const source = made && ts.isCallExpression(made) && (api === 'run' || api === 'runner-run') ? context.componentOf(made.arguments[0]) : undefined;
    return source !== run.agent;
  });
}
