import * as path from 'node:path';
import type { Component } from './component.js';

/**
 * Components that share a name are told apart by where they are defined (DESIGN.md §3): first
 * their folder (`programmer/graph`), then their file (`graphs/planner/graph`), then their line.
 * Model calls are named after the API they call and are left as they are.
 */
export function qualifyCollidingNames(components: readonly Component[]): void {
  const named = components.filter((c) => c.kind !== 'model-call');
  const qualifiers: Array<(c: Component) => string> = [
    (c) => `${folderOf(c)}/${c.name}`,
    (c) => `${folderOf(c)}/${path.basename(fileOf(c)).replace(/\.[cm]?[jt]sx?$/, '')}/${c.name}`,
    (c) => `${folderOf(c)}/${path.basename(fileOf(c)).replace(/\.[cm]?[jt]sx?$/, '')}/${c.name}:${lineOf(c)}`,
  ];
  for (const group of collisions(named)) {
    const original = new Map(group.map((c) => [c, c.name]));
    for (const qualify of qualifiers) {
      for (const component of group) component.name = qualify({ ...component, name: original.get(component)! });
      if (new Set(group.map((c) => c.name)).size === group.length) break;
    }
  }
}

function collisions(components: readonly Component[]): Component[][] {
  const byName = new Map<string, Component[]>();
  for (const component of components) {
    const group = byName.get(component.name);
    if (group) group.push(component);
    else byName.set(component.name, [component]);
  }
  return [...byName.values()].filter((group) => group.length > 1);
}

function fileOf(component: Component): string {
  return component.node.getSourceFile().fileName;
}

function folderOf(component: Component): string {
  return path.basename(path.dirname(fileOf(component)));
}

function lineOf(component: Component): number {
  const sourceFile = component.node.getSourceFile();
  return sourceFile.getLineAndCharacterOfPosition(component.node.getStart(sourceFile)).line + 1;
}
