import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import { conversationCrossings, type ConversationCrossing, type ConversationProperty } from '../conversation-crossings.js';
import type { AdapterContext } from '../framework-adapter.js';
import { functionOption, type MastraCall, type MastraComponents } from './components.js';
import { MASTRA_PACKAGE } from './mastra-api.js';
import { mastraOption, returnExpressions, type OptionProperty } from './options.js';
import { mastraComponentOf } from './references.js';
import type { MastraRegistry } from './registry.js';

const AGENT_OPTIONS = 'dist/agent/';
const TOOL_OPTIONS = 'dist/tools/';
/** Options of `agent.generate(messages, options)` whose values reach the model next to the messages. */
const CALL_SINK_OPTIONS = ['instructions', 'system', 'context'];

/**
 * What Mastra hands to a model: an agent's `instructions`, a tool's result (or what
 * `toModelOutput` makes of it), and the messages and instructions of `agent.generate(...)`.
 */
export function addModelSinks(context: AdapterContext, registry: MastraRegistry, found: MastraComponents, agentCalls: readonly MastraCall[]): void {
  const { checker } = context;
  for (const { component, call } of found.agents) {
    const instructions = mastraOption(checker, call, 0, 'instructions', AGENT_OPTIONS);
    if (!instructions) continue;
    context.addModelCall({ caller: component, node: instructions.property, name: `${component.name} instructions`, framework: 'mastra', sinks: optionValues(context, instructions) });
  }

  for (const tool of found.tools) {
    // The model sees the tool's result, or only what `toModelOutput` makes of it.
    const toModelOutput = mastraOption(checker, tool.call, 0, 'toModelOutput', TOOL_OPTIONS);
    if (toModelOutput) {
      context.addModelCall({ caller: tool.component, node: toModelOutput.property, name: `${tool.component.name} result`, framework: 'mastra', sinks: optionValues(context, toModelOutput) });
      continue;
    }
    if (!tool.execute || ts.isSourceFile(tool.execute.decl)) continue;
    const execute = mastraOption(checker, tool.call, 0, 'execute', TOOL_OPTIONS);
    context.addModelCall({ caller: tool.execute, node: execute?.property ?? tool.call, name: `${tool.component.name} result`, framework: 'mastra', sinks: returnExpressions(tool.execute.decl) });
  }

  for (const { call, caller, resolved } of agentCalls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const agent = mastraComponentOf(context, registry, call.expression.expression);
    const messages = call.arguments[0];
    // Running an agent from a tool or step hands work one tier down; from plain code it is an entry point.
    if (agent) addRunEdges(context, caller, agent, messages, call);
    const sinks = [
      ...(messages ? [messages] : []),
      ...CALL_SINK_OPTIONS.flatMap((key) => {
        const option = mastraOption(checker, call, 1, key, AGENT_OPTIONS);
        return option?.value ? [option.value] : [];
      }),
    ];
    context.addModelCall({ caller, node: call, name: `${agent?.name ?? 'agent'}.${resolved.name.replace(/^Agent\./, '')}`, framework: 'mastra', sinks });
  }
}

/** The calling agent's conversation as a tool sees it (`context.agent.messages`). */
const TOOL_CONVERSATION: ConversationProperty = { packageName: MASTRA_PACKAGE, owners: new Set(['AgentToolExecutionContext']), name: 'messages' };

/**
 * `agent.generate(messages)` from a tool, step or function delegates to that agent; handing it the
 * calling agent's whole conversation (`context.agent.messages`, spread or serialised) forwards
 * everything, reported where the conversation enters the messages.
 */
function addRunEdges(context: AdapterContext, caller: FunctionNode, agent: Component, messages: ts.Expression | undefined, call: ts.CallExpression): void {
  const crossings = conversationCrossings(context.checker, messages ? [messages] : [], TOOL_CONVERSATION);
  const why = (crossing: ConversationCrossing) => `${agent.name} is handed the calling agent's whole conversation ('${crossing.expression.getText()}')`;
  if (crossings.length === 0) context.addEdge({ from: caller, to: agent, kind: 'subagent', site: messages ?? call, delegation: true });
  for (const crossing of crossings) {
    context.addEdge({ from: caller, to: agent, kind: 'subagent', site: crossing.location, delegation: true, forwardsEverything: { what: 'conversation', reason: why(crossing) } });
  }
}

/** The values an option gives the model: the value itself, or what the function it holds returns. */
function optionValues(context: AdapterContext, option: OptionProperty): ts.Expression[] {
  const fn = functionOption(context, option);
  if (fn && !ts.isSourceFile(fn.decl)) return returnExpressions(fn.decl);
  return option.value ? [option.value] : [];
}
