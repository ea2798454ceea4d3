import type ts from 'typescript';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';

/**
 * How a declaration carries an intent field: as the object holding it (`task`), as an object
 * holding that object in one of its properties (`ctx`, whose `ctx.task.goal` is the field), or as
 * a value derived from it.
 */
export type Carrier = 'object' | 'container' | 'value';

/**
 * What following intent found in one tree: a function that is not nested in another (a top-level
 * function, a method) with the functions nested in it. A nested function's walk can bind any
 * variable of its tree, so a tree is kept or redone whole.
 */
export interface TreeFacts {
  /** Per field id: the declarations of the tree that carry the field, and how. */
  carriers: Map<string, Map<ts.Node, Carrier>>;
  /** Per field id: the tree's functions that hold it (a carrier is declared in them or in a function nested in them). */
  holders: Map<string, Set<FunctionNode>>;
  /** Per field id: how each argument of the tree's project calls carries it (null: it does not). */
  passed: Map<string, Map<ts.Expression, Carrier | null>>;
  /** The trees (by root) whose parameters the tree's calls bound to a carrier. */
  gaveTo: Set<FunctionNode>;
}

/**
 * Whether a function's return value derives from its argument at `index` when that carries
 * `field` as `kind`. It rests on the function's body and on the summaries of what its calls run:
 * when one of those changes, the summaries of the functions with a call to it are asked again.
 */
export interface ReturnFact {
  fn: FunctionNode;
  index: number;
  field: string;
  kind: Carrier;
  derived: boolean;
}

/** What one program's intent flow found, for the next program of the same project to keep what an edit cannot change. */
export interface IntentFacts {
  /** The intent names, container names and fields followed: another signature keeps nothing. */
  signature: string;
  trees: Map<FunctionNode, TreeFacts>;
  returns: Map<string, ReturnFact>;
  /** A carrier declared outside every function (module state) may be read anywhere: nothing is kept then. */
  moduleCarrier: boolean;
}

export function returnKey(fn: FunctionNode, index: number, field: string, kind: Carrier): string {
  return `${fn.index}:${index}:${field}:${kind}`;
}

/** The function a tree is named by: `fn` itself, or the outermost function around it. */
export function rootOf(fn: FunctionNode): FunctionNode {
  let root = fn;
  while (root.parent && !isModuleNode(root.parent)) root = root.parent;
  return root;
}

/**
 * The trees whose facts hold in the new program (delete, then re-derive): every tree is redone
 * that is in an edited file (`isCurrent` false), holds a call whose return summary changed
 * (`askedChanged`), or was handed a carrier by a tree redone, transitively. The facts of the rest
 * are shared with the previous program: copy them (`copyTree`) before adding to them.
 */
export function keptTrees(previous: IntentFacts, isCurrent: (fn: FunctionNode) => boolean, askedChanged: ReadonlySet<FunctionNode>): Map<FunctionNode, TreeFacts> {
  const redone = [...askedChanged];
  for (const root of previous.trees.keys()) if (!isCurrent(root)) redone.push(root);
  const dropped = new Set(redone);
  for (let next = 0; next < redone.length; next++) {
    for (const target of previous.trees.get(redone[next]!)?.gaveTo ?? []) {
      if (!dropped.has(target)) {
        dropped.add(target);
        redone.push(target);
      }
    }
  }
  const kept = new Map<FunctionNode, TreeFacts>();
  for (const [root, facts] of previous.trees) if (!dropped.has(root)) kept.set(root, facts);
  return kept;
}

/** A tree's facts to add to, without the trees of edited files it handed carriers to. */
export function copyTree(facts: TreeFacts, isCurrent: (fn: FunctionNode) => boolean): TreeFacts {
  return {
    carriers: copyPerField(facts.carriers),
    holders: new Map([...facts.holders].map(([field, set]) => [field, new Set(set)])),
    passed: copyPerField(facts.passed),
    gaveTo: new Set([...facts.gaveTo].filter(isCurrent)),
  };
}

function copyPerField<K, V>(maps: Map<string, Map<K, V>>): Map<string, Map<K, V>> {
  return new Map([...maps].map(([field, map]) => [field, new Map(map)]));
}
