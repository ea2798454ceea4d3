import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { option, optionEntries, optionsObject, returnedExpressions, spreadValues } from './option-values.js';
import type { AiSdkAgent } from './tool-loops.js';
import { functionOfOption, type AiSdkTool } from './tools.js';

/** The options whose values reach the model (the `Prompt` type; `system` is deprecated but accepted). */
export const MODEL_SINK_OPTIONS = new Set(['prompt', 'instructions', 'system', 'messages']);

/** What the model sees of a call's options: its sink options and whatever is spread in (keys unknown). */
export function sinkValues(context: AdapterContext, argument: ts.Expression | undefined): ts.Expression[] {
  const options = optionsObject(context.checker, argument);
  if (!options) {
    const whole = skipOuterExpressions(argument);
    return whole ? [whole] : [];
  }
  const values: ts.Expression[] = [];
  for (const entry of optionEntries(options)) {
    if (MODEL_SINK_OPTIONS.has(entry.key) && !ts.isMethodDeclaration(entry.value)) values.push(entry.value);
  }
  return [...values, ...spreadValues(options)].sort((a, b) => a.pos - b.pos);
}

/** `generateText`/`streamText`/`generateObject`/`streamObject`: a model call from the function making it. */
export function addModelFunctionCalls(context: AdapterContext, calls: readonly FrameworkCall[]): void {
  for (const { caller, call, resolved } of calls) {
    if (!ts.isCallExpression(call)) continue;
    context.addModelCall({ caller, node: call, name: resolved.name, framework: 'ai-sdk', sinks: sinkValues(context, call.arguments[0]) });
  }
}

/**
 * `agent.generate/stream({ prompt | messages })`: a model call with the agent's instructions.
 * The instructions are written once, so they are judged once: with the agent's first call.
 */
export function addAgentModelCalls(context: AdapterContext, calls: ReadonlyArray<FrameworkCall & { agent: AiSdkAgent | undefined }>): void {
  const instructed = new Set<AiSdkAgent>();
  for (const { caller, call, resolved, agent } of calls) {
    if (!ts.isCallExpression(call)) continue;
    const sinks = sinkValues(context, call.arguments[0]);
    if (agent && !instructed.has(agent)) {
      instructed.add(agent);
      for (const key of ['instructions', 'system']) {
        const value = option(agent.options, key)?.value;
        if (value && !ts.isMethodDeclaration(value)) sinks.unshift(value);
      }
    }
    const name = `${agent?.component.name ?? resolved.name.split('.')[0]}.${resolved.name.split('.').pop()}`;
    context.addModelCall({ caller, node: call, name, framework: 'ai-sdk', sinks });
  }
}

/**
 * A tool's result goes back to the model: what `execute` returns, or what `toModelOutput` makes
 * of it when the tool reshapes its output. Made from the tool's own code (its `execute`).
 */
export function addToolResultCalls(context: AdapterContext, tools: Iterable<AiSdkTool>): void {
  for (const tool of tools) {
    if (!tool.execute) continue;
    const reshaped = option(tool.options, 'toModelOutput');
    const shown = reshaped ? functionOfOption(context, tool.options, 'toModelOutput') : tool.execute;
    const site = reshaped ?? option(tool.options, 'execute');
    if (!site) continue;
    context.addModelCall({
      caller: tool.execute,
      node: site.node,
      name: `${tool.component.name} result`,
      framework: 'ai-sdk',
      sinks: shown && !ts.isSourceFile(shown.decl) ? returnedExpressions(shown.decl) : [],
    });
  }
}
