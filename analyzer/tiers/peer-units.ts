import type { Component } from '../components/component.js';
import type { Delegation } from './delegations.js';

/**
 * Components grouped with their peers: a graph and its own nodes form one unit, which takes one
 * tier (DESIGN.md §5). Every other component is a unit of its own. Units are numbered in the
 * order of the components given.
 */
export class PeerUnits {
  private readonly unit = new Map<Component, number>();
  private readonly groups: Component[][] = [];

  constructor(components: readonly Component[], peers: ReadonlyArray<readonly [Component, Component]>) {
    const parent = new Map<Component, Component>(components.map((c) => [c, c]));
    const find = (c: Component): Component => {
      let root = c;
      while (parent.get(root) !== root) root = parent.get(root)!;
      for (let at = c; at !== root; ) {
        const next = parent.get(at)!;
        parent.set(at, root);
        at = next;
      }
      return root;
    };
    for (const [a, b] of peers) {
      if (!parent.has(a) || !parent.has(b)) continue;
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(rb, ra);
    }
    const numbers = new Map<Component, number>();
    for (const component of components) {
      const root = find(component);
      let n = numbers.get(root);
      if (n === undefined) {
        n = this.groups.length;
        numbers.set(root, n);
        this.groups.push([]);
      }
      this.groups[n]!.push(component);
      this.unit.set(component, n);
    }
  }

  get count(): number {
    return this.groups.length;
  }

  /** The unit of a component; -1 for one outside the ranked set (a model call). */
  of(component: Component): number {
    return this.unit.get(component) ?? -1;
  }

  members(unit: number): readonly Component[] {
    return this.groups[unit] ?? [];
  }

  /** Successor units of each unit under the given delegations, without self-loops. */
  successors(delegations: readonly Delegation[]): number[][] {
    const successors = Array.from({ length: this.count }, () => [] as number[]);
    for (const { from, to } of delegations) {
      const a = this.of(from);
      const b = this.of(to);
      if (a >= 0 && b >= 0 && a !== b) successors[a]!.push(b);
    }
    return successors;
  }
}
