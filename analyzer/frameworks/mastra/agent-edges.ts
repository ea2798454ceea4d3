import ts from 'typescript';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import type { MastraCall, MastraComponents } from './components.js';
import { hasFunctionAt, mastraOption, recordEntries } from './options.js';
import { mastraComponentOf } from './references.js';

const AGENT_OPTIONS = 'dist/agent/';
const MESSAGE_FILTER = ['delegation', 'messageFilter'] as const;

/**
 * An agent's `tools`, `agents` and `workflows` records: one delegation edge per entry, located at
 * the entry. A sub-agent gets the supervisor's whole conversation unless a `messageFilter` is set
 * on the supervisor's `defaultOptions.delegation`, or on every call that runs it.
 */
export function addAgentEdges(context: AdapterContext, found: MastraComponents, agentCalls: readonly MastraCall[]): void {
  const { checker } = context;
  const filteredCalls = callFilters(context, agentCalls);
  for (const { component: agent, call } of found.agents) {
    const option = (key: string) => mastraOption(checker, call, 0, key, AGENT_OPTIONS);
    for (const entry of entries(context, option('tools')?.value)) {
      context.addEdge({ from: agent, to: entry.to, kind: 'tool', site: entry.site, delegation: true, receiver: entry.to.entry, contract: found.contractOf.get(entry.to) });
    }
    // A workflow given to an agent is offered to its model as a tool taking the workflow's input schema.
    for (const entry of entries(context, option('workflows')?.value)) {
      context.addEdge({ from: agent, to: entry.to, kind: 'tool', site: entry.site, delegation: true, contract: found.contractOf.get(entry.to) });
    }
    const subAgents = entries(context, option('agents')?.value);
    if (subAgents.length === 0) continue;
    const calls = filteredCalls.get(agent) ?? [];
    const filtered = hasDefaultFilter(checker, option('defaultOptions')?.value) || (calls.length > 0 && calls.every(Boolean));
    for (const entry of subAgents) {
      context.addEdge({
        from: agent,
        to: entry.to,
        kind: 'subagent',
        site: entry.site,
        delegation: true,
        forwardsEverything: filtered ? undefined : { what: 'conversation', reason: `No delegation messageFilter: ${agent.name} hands its whole conversation to sub-agent ${entry.to.name}` },
      });
    }
  }
}

/** The components a record option's entries denote, each with the entry it is written at. */
function entries(context: AdapterContext, record: ts.Expression | undefined): Array<{ site: ts.Node; to: Component }> {
  const targets: Array<{ site: ts.Node; to: Component }> = [];
  for (const { site, value } of recordEntries(context.checker, record)) {
    const to = mastraComponentOf(context, value);
    if (to) targets.push({ site, to });
  }
  return targets;
}

/** Whether `defaultOptions` (or the function returning it) sets `delegation.messageFilter`. */
function hasDefaultFilter(checker: ts.TypeChecker, defaultOptions: ts.Expression | undefined): boolean {
  return defaultOptions !== undefined && hasFunctionAt(checker, safeType(checker, defaultOptions), MESSAGE_FILTER);
}

/** For each agent run directly (`agent.generate(messages, options)`): whether each call sets `delegation.messageFilter`. */
function callFilters(context: AdapterContext, agentCalls: readonly MastraCall[]): Map<Component, boolean[]> {
  const filters = new Map<Component, boolean[]>();
  for (const { call } of agentCalls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const agent = mastraComponentOf(context, call.expression.expression);
    if (!agent) continue;
    const options = call.arguments[1];
    const filtered = options !== undefined && hasFunctionAt(context.checker, safeType(context.checker, options), MESSAGE_FILTER);
    filters.set(agent, [...(filters.get(agent) ?? []), filtered]);
  }
  return filters;
}

function safeType(checker: ts.TypeChecker, node: ts.Node): ts.Type | undefined {
  try {
    return checker.getTypeAtLocation(node);
  } catch {
    return undefined;
  }
}
