import type ts from 'typescript';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { AdapterContext } from '../framework-adapter.js';
import { optionFunction, type AgentDefinition, type ToolDefinition } from './components.js';
import { optionProperty, optionValue, returnedExpressions } from './options.js';
import type { RunCall } from './runs.js';

/** Agent options the model reads as its system prompt. */
const AGENT_SINK_OPTIONS = ['instructions', 'prompt'] as const;

/**
 * What the model sees: an agent's instructions and prompt (a function's return values when they
 * are functions of the run context), a tool's `execute` results, and the input of a run.
 */
export function addModelSinks(context: AdapterContext, agents: readonly AgentDefinition[], tools: readonly ToolDefinition[], runs: readonly RunCall[]): void {
  for (const agent of agents) {
    for (const key of AGENT_SINK_OPTIONS) {
      // A clone's inherited instructions are the original's sink already.
      const value = optionValue(context.checker, agent.options, key);
      const fn = optionFunction(context, agent.options, key);
      if (!value && !fn) continue;
      if (fn) context.markContextParameter(fn, 0);
      const node = optionProperty(context.checker, agent.options, key) ?? value ?? fn!.decl;
      addSink(context, `${agent.component.name} ${key}`, node, fn ?? agent.call.caller, fn ? returnedExpressions(fn.decl) : [value!]);
    }
  }
  for (const tool of tools) {
    if (!tool.execute) continue;
    context.markContextParameter(tool.execute, 1);
    const node = optionProperty(context.checker, tool.options, 'execute') ?? tool.execute.decl;
    addSink(context, `${tool.component.name} result`, node, tool.execute, returnedExpressions(tool.execute.decl));
  }
  for (const run of runs) {
    if (run.input) addSink(context, `${run.agent.name} input`, run.input, run.call.caller, [run.input]);
  }
}

function addSink(context: AdapterContext, name: string, node: ts.Node, caller: FunctionNode, sinks: readonly ts.Expression[]): void {
  context.addModelCall({ caller, node, name, framework: 'openai-agents', sinks });
}
