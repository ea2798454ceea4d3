import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import type { MastraApi } from './mastra-api.js';
import { mastraOption, type OptionProperty } from './options.js';
import { knownString } from '../known-string.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** A Mastra call the adapter acts on, with the API it resolved to. */
export interface MastraCall extends FrameworkCall {
  api: MastraApi;
}

export interface MastraAgent {
  component: Component;
  call: ts.NewExpression | ts.CallExpression;
}

export interface MastraTool {
  component: Component;
  call: ts.CallExpression | ts.NewExpression;
  execute?: FunctionNode;
  /** The `inputSchema` text, null when the tool declares none. */
  contract: string | null;
}

export interface MastraStep {
  component: Component;
  execute?: FunctionNode;
  contract: string | null;
}

export interface MastraWorkflow {
  component: Component;
  contract: string | null;
}

export interface MastraComponents {
  agents: MastraAgent[];
  tools: MastraTool[];
  steps: MastraStep[];
  workflows: MastraWorkflow[];
  /** The receiver's contract for edges into a component (a tool's or step's `inputSchema`). */
  contractOf: Map<Component, string | null>;
}

const AGENT_OPTIONS = 'dist/agent/';
const TOOL_OPTIONS = 'dist/tools/';
const WORKFLOW_OPTIONS = 'dist/workflows/';

/**
 * Agents (`new Agent`), tools (`createTool`), steps (`createStep({...})`) and workflows
 * (`createWorkflow`), each named by its `id`. `createStep(agent | tool)` makes no component of its
 * own: a workflow using it delegates to that agent or tool (see `references.ts`).
 */
export function findMastraComponents(context: AdapterContext, calls: readonly MastraCall[]): MastraComponents {
  const { checker } = context;
  const found: MastraComponents = { agents: [], tools: [], steps: [], workflows: [], contractOf: new Map() };
  const option = (call: MastraCall, key: string, under: string) => mastraOption(checker, call.call, 0, key, under);
  const nameOf = (call: MastraCall, under: string, fallback: string) =>
    knownString(checker, option(call, 'id', under)?.value) ?? knownString(checker, option(call, 'name', under)?.value) ?? variableName(call.call) ?? fallback;

  for (const call of calls) {
    switch (call.api) {
      case 'agent': {
        const component = context.addComponent({ kind: 'agent', name: nameOf(call, AGENT_OPTIONS, 'agent'), node: call.call, framework: 'mastra' });
        found.agents.push({ component, call: call.call });
        break;
      }
      case 'tool': {
        const execute = functionOption(context, option(call, 'execute', TOOL_OPTIONS));
        const component = context.addComponent({ kind: 'tool', name: nameOf(call, TOOL_OPTIONS, 'tool'), node: call.call, framework: 'mastra', entry: execute });
        const contract = schemaText(option(call, 'inputSchema', TOOL_OPTIONS));
        found.tools.push({ component, call: call.call, execute, contract });
        found.contractOf.set(component, contract);
        break;
      }
      case 'step': {
        if (stepWraps(checker, call.call)) break;
        const execute = functionOption(context, option(call, 'execute', WORKFLOW_OPTIONS));
        const component = context.addComponent({ kind: 'step', name: nameOf(call, WORKFLOW_OPTIONS, 'step'), node: call.call, framework: 'mastra', entry: execute });
        const contract = schemaText(option(call, 'inputSchema', WORKFLOW_OPTIONS));
        found.steps.push({ component, execute, contract });
        found.contractOf.set(component, contract);
        break;
      }
      case 'workflow': {
        const component = context.addComponent({ kind: 'workflow', name: nameOf(call, WORKFLOW_OPTIONS, 'workflow'), node: call.call, framework: 'mastra' });
        const contract = schemaText(option(call, 'inputSchema', WORKFLOW_OPTIONS));
        found.workflows.push({ component, contract });
        found.contractOf.set(component, contract);
        break;
      }
      default:
        break;
    }
  }
  return found;
}

/**
 * Whether a `createStep` call wraps an agent or a tool (`createStep(researcher)`) rather than
 * defining a step: told by the overload the checker chose, whose first parameter is `agent` or `tool`.
 */
export function stepWraps(checker: ts.TypeChecker, call: ts.CallExpression | ts.NewExpression): boolean {
  try {
    const parameter = checker.getResolvedSignature(call)?.declaration?.parameters[0];
    return parameter !== undefined && ts.isIdentifier(parameter.name) && (parameter.name.text === 'agent' || parameter.name.text === 'tool');
  } catch (error) {
    noteCheckerFault(checker, error, call);
    return false;
  }
}

/** The function an option holds: written inline, a method, or a reference to a declared function. */
export function functionOption(context: AdapterContext, option: OptionProperty | undefined): FunctionNode | undefined {
  if (!option) return undefined;
  if (option.method) return context.graph.functionOf(option.method);
  return context.functionOf(option.value);
}

/** The schema's source text (`z.object({ query: z.string() })`), null when the option is absent. */
function schemaText(option: OptionProperty | undefined): string | null {
  const value = option?.value;
  return value ? value.getText().replace(/\s+/g, ' ') : null;
}

function variableName(node: ts.Node): string | undefined {
  let current = node.parent;
  while (current && (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current))) current = current.parent;
  return current && ts.isVariableDeclaration(current) && ts.isIdentifier(current.name) ? current.name.text : undefined;
}
