import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { openAiApi } from './api.js';
import { optionProperty, optionValue } from './options.js';

/** An agent and the options it was made with; a clone shares every list option it does not set. */
export interface AgentDefinition {
  component: Component;
  call: FrameworkCall;
  options: ts.Expression | undefined;
  original?: AgentDefinition;
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
export function findAgents(context: AdapterContext, calls: readonly FrameworkCall[]): AgentDefinition[] {
  const agents: AgentDefinition[] = [];
  for (const call of calls) {
    if (openAiApi(call.resolved) !== 'agent') continue;
    const options = call.call.arguments?.[0];
    agents.push({ component: addAgent(context, call, options, undefined), call, options });
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
      agents.push({ component: addAgent(context, call, options, original), call, options, original });
      progress = true;
      return false;
    });
  }
  return agents;
}

/** The agent's own value of an option, else the one its original was made with (for clones). */
export function agentOption(context: AdapterContext, agent: AgentDefinition, key: string): ts.Expression | undefined {
  return optionValue(context.checker, agent.options, key) ?? (agent.original ? agentOption(context, agent.original, key) : undefined);
}

/**
 * Where an entry of a list option is located for this agent: at the entry when the agent lists
 * it itself, at the `clone(...)` call when it is inherited (the original's entry is the original's).
 */
export function entrySite(context: AdapterContext, agent: AgentDefinition, key: string, element: ts.Expression): ts.Node {
  return optionValue(context.checker, agent.options, key) ? element : agent.call.call;
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
  } catch {
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
