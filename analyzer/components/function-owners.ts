import { CalleeListWalks, type CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from './component.js';

export type Owner = Component | 'shared';

/**
 * Which component's body reaches each function: its entry and everything called from it, up to
 * another component's entry. A function reached from two components is shared. Components that
 * share an entry (a function used as a node by several graphs) own its code together, through the
 * last of them, as the registry's `forFunction` answers.
 */
export function functionOwners(graph: CallGraph, components: readonly Component[]): Map<FunctionNode, Owner> {
  const entries = new Map<FunctionNode, Component>();
  for (const component of components) if (component.entry) entries.set(component.entry, component);
  const owners = new Map<FunctionNode, Owner>();
  for (const component of components) {
    if (!component.entry || entries.get(component.entry) !== component) continue;
    const queue = [component.entry];
    const seen = new Set(queue);
    const walks = new CalleeListWalks();
    while (queue.length > 0) {
      const fn = queue.shift()!;
      const current = owners.get(fn);
      owners.set(fn, current === undefined || current === component ? component : 'shared');
      for (const { callees } of graph.callsFrom(fn)) {
        if (!walks.first(callees)) continue;
        for (const next of callees) {
          if (seen.has(next) || (entries.has(next) && entries.get(next) !== component)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return owners;
}
