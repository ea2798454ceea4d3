import ts from '../../typescript.cjs';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { knownString } from '../known-string.js';
import type { MastraCall } from './components.js';
import { objectLiteralOf, propertyOf, recordEntries } from './options.js';

/** Which of the registry's records a lookup reads, and whether by registration key or by id. */
const LOOKUPS: Record<string, { record: 'agents' | 'workflows'; by: 'key' | 'id' }> = {
  'Mastra.getAgent': { record: 'agents', by: 'key' },
  'Mastra.getAgentById': { record: 'agents', by: 'id' },
  'Mastra.getWorkflow': { record: 'workflows', by: 'key' },
  'Mastra.getWorkflowById': { record: 'workflows', by: 'id' },
};

/**
 * The components registered with `new Mastra({ agents: { … }, workflows: { … } })`, by record and
 * key, so that `mastra.getAgent('writer')` (in a step, a tool, a route) denotes the agent registered
 * as `writer`, and `getAgentById(id)` the registered agent with that id (its component name).
 */
export class MastraRegistry {
  private readonly byKey = new Map<string, Component>();
  private readonly registered: Array<{ record: string; component: Component }> = [];

  register(record: 'agents' | 'workflows', key: string | undefined, component: Component): void {
    if (key !== undefined && !this.byKey.has(`${record}:${key}`)) this.byKey.set(`${record}:${key}`, component);
    this.registered.push({ record, component });
  }

  /** The component a lookup call (`Mastra.getAgent` …, by declared name) fetches with this key or id. */
  lookup(declaredName: string, key: string | undefined): Component | undefined {
    const lookup = LOOKUPS[declaredName];
    if (!lookup || key === undefined) return undefined;
    if (lookup.by === 'key') return this.byKey.get(`${lookup.record}:${key}`);
    return this.registered.find((r) => r.record === lookup.record && r.component.name === key)?.component;
  }
}

/** Reads every `new Mastra({...})` registration; `componentOf` tells which component each entry is. */
export function findRegistrations(context: AdapterContext, registryCalls: readonly MastraCall[], componentOf: (expression: ts.Expression) => Component | undefined): MastraRegistry {
  const registry = new MastraRegistry();
  for (const { call } of registryCalls) {
    const options = call.arguments?.[0];
    for (const record of ['agents', 'workflows'] as const) {
      for (const { site, value } of recordEntries(context.checker, recordOption(context, options, record))) {
        const component = componentOf(value);
        if (component) registry.register(record, entryKey(context, site), component);
      }
    }
  }
  return registry;
}

function recordOption(context: AdapterContext, options: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const literal = objectLiteralOf(context.checker, options);
  return literal ? propertyOf(literal, key)?.value : undefined;
}

function entryKey(context: AdapterContext, site: ts.Node): string | undefined {
  if (ts.isShorthandPropertyAssignment(site)) return site.name.text;
  if (!ts.isPropertyAssignment(site)) return undefined;
  const name = site.name;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return ts.isComputedPropertyName(name) ? knownString(context.checker, name.expression) : undefined;
}
