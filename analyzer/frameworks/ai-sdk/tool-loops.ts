import ts from '../../typescript.cjs';
import { isModuleNode, namedFunction, type FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { optionsObject, optionValue, valueOf } from './option-values.js';
import { agentToolRecords, toolSet, toolsRecord, variableName, type AiSdkTool, type ToolSetEntry } from './tools.js';

/** A `new ToolLoopAgent({...})`, or AI SDK 5's `new Experimental_Agent({...})`. */
export interface AiSdkAgent {
  component: Component;
  options: ts.ObjectLiteralExpression | undefined;
}

/**
 * Agents are named by their `id` (or a `name`), as the SDK reports them; an agent without one keeps
 * the name of the variable, property or factory function that holds it.
 */
export function registerAgents(context: AdapterContext, constructions: readonly ts.NewExpression[], tools: ReadonlyMap<ts.Node, AiSdkTool>): Map<ts.Node, AiSdkAgent> {
  const agents = new Map<ts.Node, AiSdkAgent>();
  for (const construction of constructions) {
    const options = optionsObject(context.checker, construction.arguments?.[0]);
    const name = literalOption(context, options, 'id') ?? literalOption(context, options, 'name') ?? variableName(construction) ?? construction.expression.getText();
    const component = context.addComponent({ kind: 'agent', name, node: construction, framework: 'ai-sdk' });
    agents.set(construction, { component, options });
    addToolEdges(context, component, agentToolRecords(context, options).flatMap((record) => toolSet(context, tools, record)));
  }
  return agents;
}

function literalOption(context: AdapterContext, options: ts.ObjectLiteralExpression | undefined, key: string): string | undefined {
  const value = valueOf(context.checker, optionValue(options, key));
  return value && ts.isStringLiteralLike(value) ? value.text : undefined;
}

/**
 * A `generateText`/`streamText` call given tools runs a tool loop: the function making it acts as
 * an agent (named after that function) delegating to each tool. Inside a tool's `execute`, the
 * loop belongs to that tool, which thereby delegates one tier further down.
 */
export function registerToolLoops(context: AdapterContext, loops: readonly FrameworkCall[], tools: ReadonlyMap<ts.Node, AiSdkTool>): void {
  const toolByEntry = new Map<FunctionNode, Component>();
  for (const tool of tools.values()) if (tool.execute) toolByEntry.set(tool.execute, tool.component);
  for (const { caller, call } of loops) {
    if (!ts.isCallExpression(call)) continue;
    const entries = toolSet(context, tools, toolsRecord(context, optionsObject(context.checker, call.arguments[0])));
    if (entries.length === 0) continue;
    addToolEdges(context, loopOwner(context, caller, toolByEntry) ?? caller, entries);
  }
}

function loopOwner(context: AdapterContext, caller: FunctionNode, toolByEntry: ReadonlyMap<FunctionNode, Component>): Component | undefined {
  // Top-level code is no component: its tools become entries of their own.
  if (isModuleNode(caller)) return undefined;
  const named = namedFunction(caller);
  const tool = toolByEntry.get(caller) ?? toolByEntry.get(named);
  if (tool) return tool;
  if (ts.isSourceFile(named.decl)) return undefined;
  // Keyed by the function's declaration, so a function already tagged `@component` stays one component.
  return context.addComponent({ kind: 'agent', name: named.name, node: named.decl, framework: 'ai-sdk', entry: named });
}

/** Tool edges: delegation, located at the `tools` entry, judged by the tool's input schema. */
export function addToolEdges(context: AdapterContext, from: Component | FunctionNode, entries: readonly ToolSetEntry[]): void {
  for (const { node, tool } of entries) {
    context.addEdge({ from, to: tool.component, kind: 'tool', site: node, delegation: true, receiver: tool.execute, contract: tool.contract });
  }
}
