import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { openAiApi, type AgentListProperty } from './api.js';
import type { ListAddition } from './list-additions.js';
import { listElements, optionProperty, optionValue } from './options.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** An agent and the options it was made with; a clone shares every list option it does not set. */
export interface AgentDefinition {
  component: Component;
  call: FrameworkCall;
  options: ts.Expression | undefined;
  original?: AgentDefinition;
  /** A `RealtimeAgent`: its handoffs hand over one live voice session, which no filter can narrow. */
  realtime: boolean;
  /** Entries assigned to or pushed onto its `tools`/`handoffs` after construction. */
  additions: ListAddition[];
}

/** One entry of an agent's `tools` or `handoffs` list, and where a finding about it is located. */
export interface ListEntry {
  element: ts.Expression;
  site: ts.Node;
}

export interface ToolDefinition {
  component: Component;
  call: FrameworkCall;
  options: ts.Expression | undefined;
  execute?: FunctionNode;
  /** The `parameters` schema's text; null when the tool declares none. */
  contract: string | null;
}

/** `new Agent({...})`, `Agent.create({...})` and `agent.clone({...})`: agent components named by their `name` option. */
export function findAgents(context: AdapterContext, calls: readonly FrameworkCall[], additions: readonly ListAddition[]): AgentDefinition[] {
  const agents: AgentDefinition[] = [];
  for (const call of calls) {
    const api = openAiApi(call.resolved);
    if (api !== 'agent' && api !== 'realtime-agent') continue;
    const options = call.call.arguments?.[0];
    agents.push({ component: addAgent(context, call, options, undefined), call, options, realtime: api === 'realtime-agent', additions: [] });
  }
  // A clone needs its original registered first, and may be cloned itself.
  let pending = calls.filter((c) => openAiApi(c.resolved) === 'agent-clone');
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    pending = pending.filter((call) => {
      const receiver = ts.isPropertyAccessExpression(call.call.expression) ? call.call.expression.expression : undefined;
      const original = agents.find((a) => a.component === context.componentOf(receiver));
      if (!original) return true;
      const options = call.call.arguments?.[0];
      agents.push({ component: addAgent(context, call, options, original), call, options, original, realtime: original.realtime, additions: [] });
      progress = true;
      return false;
    });
  }
  for (const addition of additions) {
    const component = context.componentOf(addition.agent);
    agents.find((a) => a.component === component)?.additions.push(addition);
  }
  return agents;
}

/**
 * The entries of an agent's `tools` or `handoffs`: those it was made with, and those assigned or
 * pushed later. A clone that does not set the list shares its original's array: the original's
 * entries and what is pushed onto it, located at the `clone(...)` call (the entry itself is the original's).
 */
export function agentListEntries(context: AdapterContext, agent: AgentDefinition, key: AgentListProperty): ListEntry[] {
  const own = optionValue(context.checker, agent.options, key);
  const constructed = own ? listElements(context.checker, own).map((element) => ({ element, site: element as ts.Node })) : agent.original ? sharedEntries(context, agent.original, key).map((element) => ({ element, site: agent.call.call as ts.Node })) : [];
  const added = agent.additions.filter((a) => a.key === key).flatMap((a) => a.elements.map((element) => ({ element, site: element as ts.Node })));
  return [...constructed, ...added];
}

/** The entries of the array an agent was made with, as its clones see it: constructed and pushed (not reassigned). */
function sharedEntries(context: AdapterContext, agent: AgentDefinition, key: AgentListProperty): ts.Expression[] {
  const own = optionValue(context.checker, agent.options, key);
  const constructed = own ? listElements(context.checker, own) : agent.original ? sharedEntries(context, agent.original, key) : [];
  return [...constructed, ...agent.additions.filter((a) => a.key === key && a.inPlace).flatMap((a) => a.elements)];
}

/** `tool({ name, parameters, execute })`: a tool component whose entry is `execute`. */
export function findTools(context: AdapterContext, calls: readonly FrameworkCall[]): ToolDefinition[] {
  const tools: ToolDefinition[] = [];
  for (const call of calls) {
    if (openAiApi(call.resolved) !== 'tool') continue;
    const options = call.call.arguments?.[0];
    const execute = optionFunction(context, options, 'execute');
    const name = nameOption(context, options) ?? execute?.name ?? 'tool';
    const component = context.addComponent({ kind: 'tool', name, node: call.call, framework: 'openai-agents', entry: execute });
    const parameters = optionValue(context.checker, options, 'parameters');
    tools.push({ component, call, options, execute, contract: parameters ? schemaText(context, parameters) : null });
  }
  return tools;
}

/** The project function an option holds: an inline function, a method written in the literal, or a reference. */
export function optionFunction(context: AdapterContext, options: ts.Expression | undefined, key: string): FunctionNode | undefined {
  const property = optionProperty(context.checker, options, key);
  if (property && ts.isMethodDeclaration(property)) return context.graph.functionOf(property);
  return context.functionOf(optionValue(context.checker, options, key));
}

/** A schema's text as written where it is defined (`z.object({ invoiceId: z.string() })`). */
export function schemaText(context: AdapterContext, schema: ts.Expression): string {
  const inner = ts.isIdentifier(schema) ? schema : undefined;
  const definition = inner ? context.resolve(inner)?.declaration : undefined;
  if (definition && ts.isVariableDeclaration(definition) && definition.initializer) return definition.initializer.getText();
  return schema.getText();
}

/** The `name` option: a literal, or any expression whose type is one string literal. */
function nameOption(context: AdapterContext, options: ts.Expression | undefined): string | undefined {
  const value = optionValue(context.checker, options, 'name');
  if (!value) return undefined;
  if (ts.isStringLiteralLike(value)) return value.text;
  try {
    const type = context.checker.getTypeAtLocation(value);
    if (type.isStringLiteral()) return type.value;
  } catch (error) {
    noteCheckerFault(context.checker, error, value);
    // fall through to the source text
  }
  return value.getText();
}

function addAgent(context: AdapterContext, call: FrameworkCall, options: ts.Expression | undefined, original: AgentDefinition | undefined): Component {
  const name = nameOption(context, options) ?? original?.component.name ?? 'Agent';
  // The framework calls an instructions function whenever the agent takes a turn: it is the agent's own code.
  const entry = optionFunction(context, options, 'instructions');
  return context.addComponent({ kind: 'agent', name, node: call.call, framework: 'openai-agents', entry });
}
