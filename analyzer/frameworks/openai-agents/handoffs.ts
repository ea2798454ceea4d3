import ts from '../../typescript.cjs';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { openAiApi } from './api.js';
import { agentListEntries, optionFunction, type AgentDefinition } from './components.js';
import { definitionOf, mayHaveOption, returnedExpressions } from './options.js';

/** One entry of an agent's `handoffs` list. */
export interface HandoffEntry {
  from: AgentDefinition;
  to: Component;
  /** The list entry: where a finding about the handoff is located. */
  site: ts.Node;
  /** Whether the handoff itself narrows the conversation with an `inputFilter` that does not return it whole. */
  filtered: boolean;
}

/** The handoffs of every agent: bare agents (no filter) and `handoff(agent, config)` entries. */
export function findHandoffs(context: AdapterContext, agents: readonly AgentDefinition[]): HandoffEntry[] {
  const entries: HandoffEntry[] = [];
  for (const agent of agents) {
    for (const { element, site } of agentListEntries(context, agent, 'handoffs')) {
      const definition = definitionOf(context.checker, element);
      const call = definition && (ts.isCallExpression(definition) || ts.isNewExpression(definition)) ? definition : undefined;
      if (call && openAiApi(context.resolve(call.expression)) === 'handoff') {
        const to = agentComponent(context, agents, call.arguments?.[0]);
        // `new Handoff(agent, onInvoke)` has no config: its filter, if any, is assigned later, out of sight.
        const config = ts.isCallExpression(call) ? call.arguments[1] : undefined;
        if (to) entries.push({ from: agent, to, site, filtered: hasNarrowingFilter(context, config, 'inputFilter') });
        continue;
      }
      const to = agentComponent(context, agents, element);
      if (to) entries.push({ from: agent, to, site, filtered: false });
    }
  }
  return entries;
}

/**
 * Whether options set a filter that narrows the conversation. A filter returning its input as it
 * is (`(data) => data`, `({ ...data })`) forwards everything, like no filter at all.
 */
export function hasNarrowingFilter(context: AdapterContext, options: ts.Expression | undefined, key: string): boolean {
  if (!mayHaveOption(context.checker, options, key)) return false;
  const filter = optionFunction(context, options, key);
  if (!filter || ts.isSourceFile(filter.decl)) return true;
  const input = filter.decl.parameters[0];
  if (!input || !ts.isIdentifier(input.name)) return true;
  const name = input.name.text;
  const returned = returnedExpressions(filter.decl);
  return returned.length === 0 || !returned.every((expression) => returnsWhole(expression, name));
}

function returnsWhole(expression: ts.Expression, parameter: string): boolean {
  const inner = definitionOfLocal(expression);
  if (ts.isIdentifier(inner)) return inner.text === parameter;
  if (!ts.isObjectLiteralExpression(inner)) return false;
  return inner.properties.every((p) => ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression) && p.expression.text === parameter);
}

function definitionOfLocal(expression: ts.Expression): ts.Expression {
  let inner = expression;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner)) inner = inner.expression;
  return inner;
}

function agentComponent(context: AdapterContext, agents: readonly AgentDefinition[], expression: ts.Expression | undefined): Component | undefined {
  const component = context.componentOf(expression);
  return component && agents.some((a) => a.component === component) ? component : undefined;
}
