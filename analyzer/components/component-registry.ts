import ts from '../typescript.cjs';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { CallGraph } from '../callgraph/call-graph.js';
import { isModuleNode, namedFunction, type FunctionNode } from '../callgraph/function-node.js';
import type { TierModel } from '../tiers/tier-model.js';
import type { Component } from './component.js';
import type { Owner } from './function-owners.js';
import { sourceFileOf } from '../program/source-file-of.js';
import { SyntaxMemo } from '../syntax-memo.js';

/** All components of the analysis; functions become components when tagged or when they sit at a boundary. */
export class ComponentRegistry {
  private readonly byFunction = new Map<FunctionNode, Component>();
  private readonly byNode = new Map<ts.Node, Component>();
  private readonly found: Component[] = [];
  private sealed = false;
  private ordered = false;
  private tiers?: TierModel;
  private owners?: ReadonlyMap<FunctionNode, Owner>;

  /** Tiers are decided after the components are found; functions become components only after that. */
  setTiers(tiers: TierModel, owners?: ReadonlyMap<FunctionNode, Owner>): void {
    this.tiers = tiers;
    this.owners = owners;
  }

  add(component: Omit<Component, 'id'>): Component {
    const existing = this.byNode.get(component.node);
    if (existing) return existing;
    const created: Component = { id: '', ...component };
    this.found.push(created);
    this.byNode.set(component.node, created);
    if (created.entry) this.byFunction.set(created.entry, created);
    return created;
  }

  componentOfNode(node: ts.Node): Component | undefined {
    return this.byNode.get(node);
  }

  /** The component a function acts as: its own, or (for inline callbacks) the named function around it. */
  forFunction(fn: FunctionNode): Component {
    const known = this.byFunction.get(fn);
    if (known) return known;
    const owner = this.owners?.get(fn);
    if (owner && owner !== 'shared') return owner;
    if (!this.tiers) throw new Error('components of plain functions are made once tiers are known');
    const named = namedFunction(fn);
    const tier = this.tiers.tierOfFunction(fn);
    if (named !== fn && this.tiers.tierOfFunction(named) === tier) return this.forFunction(named);
    return this.add({
      kind: 'function',
      name: isModuleNode(fn) ? `<module ${fn.sourceFile.fileName.split('/').pop()}>` : fn.name,
      framework: 'code',
      tier,
      node: fn.decl,
      entry: fn,
    });
  }

  /** The component a function already acts as, without making one. */
  existingForFunction(fn: FunctionNode): Component | undefined {
    const known = this.byFunction.get(fn);
    if (known) return known;
    const owner = this.owners?.get(fn);
    if (owner && owner !== 'shared') return owner;
    const named = namedFunction(fn);
    return named !== fn ? this.byFunction.get(named) : undefined;
  }

  /** Functions tagged `@component` or `@tier` are components even when nothing crosses into them. */
  addTaggedFunctions(graph: CallGraph): void {
    for (const sourceFile of graph.files) {
      for (const fn of taggedFunctions(graph.functionsIn(sourceFile))) {
        if (this.byFunction.has(fn)) continue;
        this.add({ kind: 'function', name: namedFunction(fn).name, framework: 'code', tier: null, node: fn.decl, entry: fn });
      }
    }
  }

  /**
   * Every component: in the order found while the analysis is built; once it is built (`seal`), in
   * source order with ids (`c1`, `c2`, …), so that reports are stable. Ordered on first use: an
   * editor's checks never ask.
   */
  get all(): readonly Component[] {
    return this.sealed ? this.inSourceOrder() : this.found;
  }

  /** Every component in source order, each with its id: ordered once, after `seal`. */
  inSourceOrder(): readonly Component[] {
    if (!this.sealed) throw new Error('components are ordered once every one is found');
    if (!this.ordered) {
      sortByPosition(this.found, (component) => component.node, componentFile);
      this.found.forEach((component, i) => (component.id = `c${i + 1}`));
      this.ordered = true;
    }
    return this.found;
  }

  /** Every component is found: the next use of `all` orders them and gives their ids. */
  seal(): void {
    this.sealed = true;
  }
}

/** Per file's functions (the same array while the file is unchanged): those tagged `@component` or `@tier`. */
const taggedOfFile = new SyntaxMemo<readonly FunctionNode[], readonly FunctionNode[]>();

function taggedFunctions(functions: readonly FunctionNode[]): readonly FunctionNode[] {
  return taggedOfFile.get(functions, () =>
    functions.filter((fn) => !isModuleNode(fn) && (findTag(fn.decl, 'component') !== undefined || findTag(fn.decl, 'tier') !== undefined)),
  );
}

/**
 * File names by sorted rank, kept between analyses: an editor sorts the same files after every
 * edit. A name not ranked yet ranks every name known again; the order of the others stays.
 */
let fileRanks = new Map<string, number>();

function rankedFiles(files: Iterable<ts.SourceFile>): ReadonlyMap<string, number> {
  const missing = [...files].filter((file) => !fileRanks.has(file.fileName));
  if (missing.length > 0) {
    const names = [...fileRanks.keys(), ...new Set(missing.map((file) => file.fileName))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    fileRanks = new Map(names.map((name, rank) => [name, rank]));
  }
  return fileRanks;
}

/** Sorts in place by file name, then position of each item's node (stable for equal positions). */
export function sortByPosition<T>(items: T[], nodeOf: (item: T) => ts.Node, fileOf: (item: T) => ts.SourceFile): void {
  const keyed = items.map((item) => {
    const node = nodeOf(item);
    return { item, file: fileOf(item), rank: 0, pos: node.pos, end: node.end };
  });
  const ranks = rankedFiles(new Set(keyed.map((key) => key.file)));
  for (const key of keyed) key.rank = ranks.get(key.file.fileName)!;
  keyed.sort((a, b) => a.rank - b.rank || a.pos - b.pos || a.end - b.end);
  keyed.forEach((key, i) => (items[i] = key.item));
}

/** The file a component is written in: its entry's, when the component is its entry function. */
function componentFile(component: Component): ts.SourceFile {
  return component.entry?.decl === component.node ? component.entry.sourceFile : sourceFileOf(component.node);
}
