import ts from '../typescript.cjs';
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

/**
 * The declarations (of parameters and variables) that carry a field, and their names: an
 * identifier of any other name carries nothing, which is known without asking the checker what it
 * refers to. Keyed by declaration, not symbol, so that what holds of an unchanged file can be kept
 * for the next program, whose symbols are new.
 */
export class Carriers {
  private readonly own = new Map<ts.Node, Carrier>();
  private readonly ownNames = new Set<string>();
  /** Taken out of `base`. */
  private readonly deleted = new Set<ts.Node>();

  /** `base`: the carriers a next program starts from, shared with the programs before it and never changed. */
  constructor(
    private readonly base?: ReadonlyMap<ts.Node, Carrier>,
    private readonly baseNames?: ReadonlySet<string>,
  ) {}

  get(declaration: ts.Node): Carrier | undefined {
    const carrier = this.own.get(declaration);
    if (carrier !== undefined || !this.base || this.deleted.has(declaration)) return carrier;
    return this.base.get(declaration);
  }

  set(declaration: ts.Node, carrier: Carrier): void {
    const name = ts.getNameOfDeclaration(declaration as ts.Declaration);
    if (name && ts.isIdentifier(name)) this.ownNames.add(name.text);
    this.own.set(declaration, carrier);
  }

  delete(declaration: ts.Node): void {
    this.own.delete(declaration);
    if (this.base?.has(declaration)) this.deleted.add(declaration);
  }

  /** Whether a carrier has this name (the names of carriers deleted stay: they only decide what is looked at more closely). */
  hasName(name: string): boolean {
    return this.ownNames.has(name) || (this.baseNames?.has(name) ?? false);
  }

  /**
   * The carriers a next program starts from; these stay as they are. What changes after an edit is
   * kept apart from what it starts from, so that a re-lint copies the changes, not every carrier;
   * once the changes grow to a quarter of the rest, all are copied into a new start.
   */
  next(): Carriers {
    if (!this.base || this.own.size + this.deleted.size > this.base.size / 4) {
      const base = new Map<ts.Node, Carrier>();
      if (this.base) for (const [declaration, carrier] of this.base) if (!this.deleted.has(declaration)) base.set(declaration, carrier);
      for (const [declaration, carrier] of this.own) base.set(declaration, carrier);
      return new Carriers(base, new Set([...(this.baseNames ?? []), ...this.ownNames]));
    }
    const next = new Carriers(this.base, this.baseNames);
    for (const [declaration, carrier] of this.own) next.own.set(declaration, carrier);
    for (const name of this.ownNames) next.ownNames.add(name);
    for (const declaration of this.deleted) next.deleted.add(declaration);
    return next;
  }
}

/** One field's carriers and holders in every tree together (each carrier and holder is in one tree). */
export interface FieldFacts {
  carriers: Carriers;
  holders: Set<FunctionNode>;
  holdersByFile: Map<ts.SourceFile, Set<FunctionNode>>;
}

/** What one program's intent flow found, for the next program of the same project to keep what an edit cannot change. */
export interface IntentFacts {
  /** The intent names, container names and fields followed: another signature keeps nothing. */
  signature: string;
  trees: Map<FunctionNode, TreeFacts>;
  /** Per field id: the union of the trees' facts, read by the next program and never changed. */
  fields: ReadonlyMap<string, FieldFacts>;
  returns: ReturnFacts;
  /** A carrier declared outside every function (module state) may be read anywhere: nothing is kept then. */
  moduleCarrier: boolean;
}

/**
 * The return summaries of one program, by `returnKey`, each noted under the file of its function.
 * A next program starts from them and never changes them: what it adds and takes out is kept
 * apart, so that a re-lint copies the changes, not every summary, and finds the summaries of an
 * edited file without a walk of all. Once the changes grow to a quarter of the rest, all are copied
 * into a new start.
 */
export class ReturnFacts {
  private readonly own = new Map<string, ReturnFact>();
  /** Taken out of `base`. */
  private readonly deleted = new Set<string>();
  private readonly ownByFile = new Map<ts.SourceFile, Set<string>>();
  private cleared = false;

  /** `base`: the summaries a next program starts from, shared with the programs before it and never changed. */
  constructor(
    private readonly base?: ReadonlyMap<string, ReturnFact>,
    private readonly baseByFile?: ReadonlyMap<ts.SourceFile, readonly string[]>,
  ) {}

  get(key: string): ReturnFact | undefined {
    const fact = this.own.get(key);
    if (fact || !this.base || this.cleared || this.deleted.has(key)) return fact;
    return this.base.get(key);
  }

  set(key: string, fact: ReturnFact): void {
    this.own.set(key, fact);
    let keys = this.ownByFile.get(fact.fn.sourceFile);
    if (!keys) this.ownByFile.set(fact.fn.sourceFile, (keys = new Set()));
    keys.add(key);
  }

  delete(key: string): void {
    const fact = this.own.get(key);
    if (fact) {
      this.own.delete(key);
      this.ownByFile.get(fact.fn.sourceFile)?.delete(key);
    }
    if (this.base?.has(key)) this.deleted.add(key);
  }

  /** Takes out every summary, those it started from too. */
  clear(): void {
    this.own.clear();
    this.ownByFile.clear();
    this.deleted.clear();
    this.cleared = true;
  }

  /** Every summary: those it started from that are still in, then those added (in the order they were added). */
  *entries(): IterableIterator<[string, ReturnFact]> {
    if (this.base && !this.cleared) for (const entry of this.base) if (!this.own.has(entry[0]) && !this.deleted.has(entry[0])) yield entry;
    yield* this.own;
  }

  /** The files whose functions have summaries (some may have none left). */
  *files(): IterableIterator<ts.SourceFile> {
    if (this.baseByFile && !this.cleared) for (const file of this.baseByFile.keys()) if (!this.ownByFile.has(file)) yield file;
    yield* this.ownByFile.keys();
  }

  /** The summaries of the functions of one file. */
  *ofFile(file: ts.SourceFile): IterableIterator<[string, ReturnFact]> {
    const baseKeys = this.baseByFile && !this.cleared ? (this.baseByFile.get(file) ?? []) : [];
    for (const key of baseKeys) if (!this.own.has(key) && !this.deleted.has(key)) yield [key, this.base!.get(key)!];
    for (const key of this.ownByFile.get(file) ?? []) yield [key, this.own.get(key)!];
  }

  /** The summaries a next program starts from; these stay as they are. */
  next(): ReturnFacts {
    const changes = this.own.size + this.deleted.size;
    if (!this.base || this.cleared || changes > this.base.size / 4) {
      const base = new Map<string, ReturnFact>(this.entries());
      const byFile = new Map<ts.SourceFile, string[]>();
      for (const [key, fact] of base) {
        let keys = byFile.get(fact.fn.sourceFile);
        if (!keys) byFile.set(fact.fn.sourceFile, (keys = []));
        keys.push(key);
      }
      return new ReturnFacts(base, byFile);
    }
    const next = new ReturnFacts(this.base, this.baseByFile);
    for (const [key, fact] of this.own) next.set(key, fact);
    for (const key of this.deleted) next.deleted.add(key);
    return next;
  }
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
 * are shared with the previous program: copy a part (`copyTreePart`) before adding to it.
 */
export function keptTrees(
  previous: IntentFacts,
  isCurrent: (fn: FunctionNode) => boolean,
  askedChanged: ReadonlySet<FunctionNode>,
): { kept: Map<FunctionNode, TreeFacts>; dropped: ReadonlySet<FunctionNode> } {
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
  return { kept, dropped };
}

/** The parts of a tree's facts, each copied from the previous program's only when first added to. */
export type TreePart = keyof TreeFacts;

/** A copy of one part of a tree's facts to add to (for `gaveTo`, without the trees of edited files it handed carriers to). */
export function copyTreePart<K extends TreePart>(facts: TreeFacts, part: K, isCurrent: (fn: FunctionNode) => boolean): TreeFacts[K] {
  const copies: { [P in TreePart]: () => TreeFacts[P] } = {
    carriers: () => copyPerField(facts.carriers),
    holders: () => new Map([...facts.holders].map(([field, set]) => [field, new Set(set)])),
    passed: () => copyPerField(facts.passed),
    gaveTo: () => new Set([...facts.gaveTo].filter(isCurrent)),
  };
  return copies[part]();
}

function copyPerField<K, V>(maps: Map<string, Map<K, V>>): Map<string, Map<K, V>> {
  return new Map([...maps].map(([field, map]) => [field, new Map(map)]));
}
