import ts from '../../typescript.cjs';
import type { AdapterContext } from '../framework-adapter.js';
import { functionOption, type MastraCall, type MastraComponents } from './components.js';
import { mastraOption, returnExpressions, type OptionProperty } from './options.js';
import { mastraComponentOf } from './references.js';

const AGENT_OPTIONS = 'dist/agent/';
const TOOL_OPTIONS = 'dist/tools/';
/** Options of `agent.generate(messages, options)` whose values reach the model next to the messages. */
const CALL_SINK_OPTIONS = ['instructions', 'system', 'context'];

/**
 * What Mastra hands to a model: an agent's `instructions`, a tool's result (or what
 * `toModelOutput` makes of it), and the messages and instructions of `agent.generate(...)`.
 */
export function addModelSinks(context: AdapterContext, found: MastraComponents, agentCalls: readonly MastraCall[]): void {
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
    const agent = mastraComponentOf(context, call.expression.expression);
    const messages = call.arguments[0];
    // Running an agent from a tool or step hands work one tier down; from plain code it is an entry point.
    if (agent) context.addEdge({ from: caller, to: agent, kind: 'subagent', site: messages ?? call, delegation: true });
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

/** The values an option gives the model: the value itself, or what the function it holds returns. */
function optionValues(context: AdapterContext, option: OptionProperty): ts.Expression[] {
  const fn = functionOption(context, option);
  if (fn && !ts.isSourceFile(fn.decl)) return returnExpressions(fn.decl);
  return option.value ? [option.value] : [];
}
