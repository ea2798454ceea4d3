import ts from '../../typescript.cjs';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { knownString } from '../known-string.js';
import { optionValue } from './graph-builders.js';
import { langChainToolOf, type LangChainTool } from './langchain-tools.js';
import { LANGGRAPH_PACKAGE } from './langgraph-declarations.js';

export const SUPERVISOR_PACKAGE = '@langchain/langgraph-supervisor';
export const SWARM_PACKAGE = '@langchain/langgraph-swarm';
export const LANGCHAIN_PACKAGE = 'langchain';

type PrebuiltKind = 'agent' | 'supervisor' | 'swarm';

/** Factories of prebuilt agents, by the package that declares them and their exported name. */
const FACTORIES: ReadonlyArray<{ packageName: string; name: string; kind: PrebuiltKind; defaultName: string }> = [
  { packageName: LANGGRAPH_PACKAGE, name: 'createReactAgent', kind: 'agent', defaultName: 'agent' },
  { packageName: LANGCHAIN_PACKAGE, name: 'createAgent', kind: 'agent', defaultName: 'agent' },
  { packageName: SUPERVISOR_PACKAGE, name: 'createSupervisor', kind: 'supervisor', defaultName: 'supervisor' },
  { packageName: SWARM_PACKAGE, name: 'createSwarm', kind: 'swarm', defaultName: 'swarm' },
];

/** A prebuilt agent: its component, what made it, and the options it was given. */
export interface PrebuiltAgent {
  component: Component;
  kind: PrebuiltKind;
  options: ts.Expression | undefined;
  /** The `stateSchema` it was given; undefined for the default message-history state. */
  stateSchema?: ts.Expression;
}

/**
 * `createReactAgent` (`@langchain/langgraph/prebuilt`), `createAgent` (langchain 1.x),
 * `createSupervisor` and `createSwarm`: agent components named by their `name` option
 * (`supervisorName` for a supervisor), else the variable holding them.
 */
export function findPrebuiltAgents(context: AdapterContext, calls: readonly FrameworkCall[]): PrebuiltAgent[] {
  const agents: PrebuiltAgent[] = [];
  for (const { call, resolved } of calls) {
    const factory = FACTORIES.find((f) => f.packageName === resolved.packageName && f.name === resolved.name.replace(/\$\d+$/, ''));
    if (!factory || !ts.isCallExpression(call)) continue;
    const options = call.arguments[0];
    const named = knownString(context.checker, optionValue(options, factory.kind === 'supervisor' ? 'supervisorName' : 'name'));
    const name = named ?? holderName(call) ?? factory.defaultName;
    const component = context.addComponent({ kind: 'agent', name, node: call, framework: 'langgraph' });
    agents.push({ component, kind: factory.kind, options, stateSchema: optionValue(options, 'stateSchema') });
  }
  return agents;
}

/**
 * An agent delegates to the tools it lists; a supervisor to its agents; a swarm to its agents;
 * `createHandoffTool({ agentName })` in an agent's tools is a handoff to the agent of that name.
 * Returns the tool references listed, whose edges start at their agent.
 */
export function addPrebuiltEdges(context: AdapterContext, agents: readonly PrebuiltAgent[], tools: readonly LangChainTool[], calls: readonly FrameworkCall[]): Set<ts.Node> {
  const listed = new Set<ts.Node>();
  const byName = new Map(agents.map((a) => [a.component.name, a]));
  const handoffs = new Map<ts.Node, string | undefined>();
  for (const { call, resolved } of calls) {
    if (resolved.packageName === SWARM_PACKAGE && resolved.name === 'createHandoffTool' && ts.isCallExpression(call)) {
      handoffs.set(call, knownString(context.checker, optionValue(call.arguments[0], 'agentName')));
    }
  }
  for (const agent of agents) {
    const key = agent.kind === 'agent' ? 'tools' : 'agents';
    for (const element of listElements(optionValue(agent.options, key))) {
      if (agent.kind !== 'agent') {
        const to = context.componentOf(element);
        if (to) context.addEdge({ from: agent.component, to, kind: 'subagent', site: element, delegation: true });
        continue;
      }
      const handoff = handoffTarget(context, handoffs, element);
      if (handoff !== undefined) {
        const to = byName.get(handoff)?.component;
        if (to && to !== agent.component) context.addEdge({ from: agent.component, to, kind: 'handoff', site: element, delegation: true });
        continue;
      }
      const tool = langChainToolOf(context, tools, element);
      if (!tool) continue;
      listed.add(element);
      context.addEdge({ from: agent.component, to: tool.component, kind: 'tool', site: element, delegation: true, receiver: tool.execute, contract: tool.contract });
    }
  }
  return listed;
}

/** The agent name a `createHandoffTool({ agentName })` (written there or held in a variable) hands off to. */
function handoffTarget(context: AdapterContext, handoffs: ReadonlyMap<ts.Node, string | undefined>, element: ts.Expression): string | undefined {
  let inner: ts.Expression = element;
  for (let depth = 0; depth < 8; depth++) {
    while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
    if (handoffs.has(inner)) return handoffs.get(inner);
    if (!ts.isIdentifier(inner)) return undefined;
    const declaration = context.resolve(inner)?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    inner = declaration.initializer;
  }
  return undefined;
}

function listElements(list: ts.Expression | undefined): ts.Expression[] {
  let inner = list;
  while (inner && (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner))) inner = inner.expression;
  if (!inner || !ts.isArrayLiteralExpression(inner)) return [];
  return inner.elements.filter((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e));
}

function holderName(node: ts.Node): string | undefined {
  let current = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isAwaitExpression(current.parent))) current = current.parent;
  // `createSupervisor({...}).compile()`: the variable holds the compiled supervisor.
  while (ts.isPropertyAccessExpression(current.parent) && ts.isCallExpression(current.parent.parent)) current = current.parent.parent;
  const parent = current.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}
