import * as fs from 'node:fs';
import ts from '../typescript.cjs';
import { fileGlob } from '../config/file-globs.js';
import { fileTierTag, findTag } from '../annotations/jsdoc-tags.js';
import type { CallGraph } from '../callgraph/call-graph.js';
import type { Component } from '../components/component.js';
import { nameMatches } from './component-names.js';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';
import { DEFAULT_TIER_STACK, type ResolvedConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { DiagnosticInfo } from '../model.js';
import { relativePath } from '../program/project-files.js';
import { inheritCallerTiers } from './inherit-caller-tiers.js';
import type { TierModel } from './tier-model.js';
import { SyntaxMemo } from '../syntax-memo.js';

/** True when the project declares tiers, by config or by any `@tier` tag. */
export function hasDeclaredTiers(config: ResolvedConfig, graph: CallGraph): boolean {
  if (config.config.tiers && config.config.tiers.length > 0) return true;
  return graph.functions.some((fn) => (isModuleNode(fn) ? fileTierTag(fn.sourceFile) : findTag(fn.decl, 'tier')) !== undefined);
}

/** Declared tiers also place components, each by its own assignment. */
export interface DeclaredTierModel extends TierModel {
  tierOfComponent(component: Component): string | null;
}

/**
 * Own tiers by file, in the order of the file's functions: the next program keeps the same list of
 * functions for every file an edit leaves alone (an editor re-lints after each edit). Kept with the
 * config they were found under.
 */
const keptOwnTiers = new SyntaxMemo<readonly FunctionNode[], ReadonlyArray<string | null>>();

/**
 * Declared tiers: the config's `tiers` order (else the default stack), members from `@tier` tags,
 * `components` named in the config and globs. The most specific assignment wins: a tag (on the
 * function, its class, an enclosing function or the file), then a named component, then the
 * enclosing function's tier, then a glob.
 */
export function assignDeclaredTiers(
  config: ResolvedConfig,
  graph: CallGraph,
  components: readonly Component[],
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): DeclaredTierModel {
  const declarations = config.config.tiers ?? [];
  const names = declarations.length > 0 ? declarations.map((t) => t.name) : DEFAULT_TIER_STACK;
  const ranks = new Map(names.map((name, rank) => [name, rank]));
  const checkTag = (value: string, node: ts.Node): string => {
    if (ranks.has(value)) return value;
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    throw new UsageError(
      `@tier '${value}' names no declared tier (expected one of: ${names.join(', ')})`,
      `${relativePath(rootDir, sf.fileName)}:${line}`,
    );
  };

  const globTier = matchTierGlobs(config, graph, rootDir, diagnostics);
  const fileTiers = new Map<ts.SourceFile, string | null>();
  const tierOfFile = (sourceFile: ts.SourceFile): string | null => {
    let tier = fileTiers.get(sourceFile);
    if (tier === undefined) {
      const tag = fileTierTag(sourceFile);
      tier = tag ? checkTag(tag.value, tag.node) : (globTier.get(sourceFile) ?? null);
      fileTiers.set(sourceFile, tier);
    }
    return tier;
  };

  const named = nameComponents(config, components, rootDir, diagnostics);
  // A function that is the entry of several named components (a node of several graphs) takes their
  // tier only when they agree; otherwise each component keeps its own and the function none of them.
  const namedEntries = new Map<FunctionNode, string | null>();
  for (const [component, tier] of named) {
    if (!component.entry) continue;
    const known = namedEntries.get(component.entry);
    namedEntries.set(component.entry, known === undefined || known === tier ? tier : null);
  }

  // The tier a tag gives a function: its own, its class's, an enclosing function's, its file's.
  const tagged = new Map<FunctionNode, string | null>();
  const taggedTier = (fn: FunctionNode): string | null => {
    if (tagged.has(fn)) return tagged.get(fn)!;
    let tier: string | null;
    if (isModuleNode(fn)) {
      const tag = fileTierTag(fn.sourceFile);
      tier = tag ? checkTag(tag.value, tag.node) : null;
    } else {
      const tag = findTag(fn.decl, 'tier') ?? (fn.classDecl ? findTag(fn.classDecl, 'tier') : undefined);
      tier = tag ? checkTag(tag.value, tag.node) : taggedTier(fn.parent ?? graph.moduleOf(fn.sourceFile));
    }
    tagged.set(fn, tier);
    return tier;
  };

  const own = new Map<FunctionNode, string | null>();
  // Without named components, a function's own tier follows from its syntax and the tier globs alone.
  const keptKey = named.size === 0 ? JSON.stringify([config.baseDir, config.config.tiers ?? null]) : undefined;
  const ownTier = (fn: FunctionNode): string | null => {
    if (own.has(fn)) return own.get(fn)!;
    let tier: string | null;
    if (isModuleNode(fn)) tier = tierOfFile(fn.sourceFile);
    else {
      const tag = findTag(fn.decl, 'tier') ?? (fn.classDecl ? findTag(fn.classDecl, 'tier') : undefined);
      if (tag) tier = checkTag(tag.value, tag.node);
      else if (namedEntries.get(fn)) tier = taggedTier(fn) ?? namedEntries.get(fn)!;
      else if (fn.parent && !isModuleNode(fn.parent)) tier = ownTier(fn.parent);
      else tier = tierOfFile(fn.sourceFile);
    }
    own.set(fn, tier);
    return tier;
  };
  const ownTiers = new OwnTiers();
  for (const sourceFile of graph.files) {
    const functions = graph.functionsIn(sourceFile);
    ownTiers.add(sourceFile, functions, keptKey === undefined ? functions.map(ownTier) : keptOwnTiers.get(functions, () => functions.map(ownTier), keptKey));
  }

  const { inherited, shared } = inheritCallerTiers(graph, ownTiers.of);
  const tierOfFunction = (fn: FunctionNode): string | null => (inherited.has(fn) ? inherited.get(fn)! : ownTiers.of(fn));
  return {
    tierOfComponent: (component) => {
      const name = named.get(component);
      if (name) return taggedTier(component.entry ?? graph.enclosingFunction(component.node)) ?? name;
      return tierOfFunction(component.entry ?? graph.enclosingFunction(component.node));
    },
    tiers: names.map((name, rank) => ({ name, rank, declared: true })),
    declared: true,
    rank: (tier) => ranks.get(tier) ?? -1,
    tierOfFunction,
    isShared: (fn) => shared.has(fn),
    tierOfFile,
    implementationTier: names[names.length - 1] ?? null,
  };
}

/**
 * Each function's own tier, noted per file when all the file's functions have one tier (files
 * without `@tier` tags), so that a re-lint notes a tier per file, not per function.
 */
class OwnTiers {
  private readonly ofFile = new Map<ts.SourceFile, string | null>();
  private readonly ofFunction = new Map<FunctionNode, string | null>();

  add(sourceFile: ts.SourceFile, functions: readonly FunctionNode[], tiers: ReadonlyArray<string | null>): void {
    if (tiers.every((tier) => tier === tiers[0])) this.ofFile.set(sourceFile, tiers[0] ?? null);
    else functions.forEach((fn, i) => this.ofFunction.set(fn, tiers[i]!));
  }

  readonly of = (fn: FunctionNode): string | null => {
    const tier = this.ofFile.get(fn.sourceFile);
    return tier !== undefined ? tier : (this.ofFunction.get(fn) ?? null);
  };
}

/**
 * The tier each component named in a `tiers[].components` entry is placed in (the first tier in
 * the order that names it); warns on names that match no component.
 */
function nameComponents(
  config: ResolvedConfig,
  components: readonly Component[],
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): Map<Component, string> {
  const result = new Map<Component, string>();
  const declarations = config.config.tiers ?? [];
  if (!declarations.some((tier) => tier.components?.length)) return result;
  const candidates = components
    .filter((c) => c.kind !== 'model-call')
    .map((component) => ({ component, file: relativePath(rootDir, component.node.getSourceFile().fileName) }));
  const configText = config.file ? safeRead(config.file) : undefined;
  for (const tier of declarations) {
    for (const name of tier.components ?? []) {
      const matches = candidates.filter((c) => nameMatches(name, c.component.name, c.file));
      for (const { component } of matches) if (!result.has(component)) result.set(component, tier.name);
      if (matches.length === 0) diagnostics.push(configWarning(config, rootDir, configText, name, `tier '${tier.name}': component '${name}' matches no component`));
    }
  }
  return result;
}

/** A warning about a config entry, at the line of the config file where the entry is written. */
function configWarning(config: ResolvedConfig, rootDir: string, configText: string | undefined, entry: string, message: string): DiagnosticInfo {
  const file = config.file ? relativePath(rootDir, config.file) : 'tzimtzum.config.json';
  return { severity: 'warning', file, line: lineOf(configText, JSON.stringify(entry)), message };
}

/** Per SourceFile (an edit elsewhere leaves it as it is): the `tiers[].include` globs it matches, by index, under the config they were matched for. */
const globsMatched = new SyntaxMemo<ts.SourceFile, readonly number[]>();

/** The tier of each file matched by a `tiers[].include` glob (first tier in the order wins); warns on globs that match nothing. */
function matchTierGlobs(
  config: ResolvedConfig,
  graph: CallGraph,
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): Map<ts.SourceFile, string> {
  const result = new Map<ts.SourceFile, string>();
  const globs = (config.config.tiers ?? []).flatMap((tier) => (tier.include ?? []).map((glob) => ({ tier: tier.name, glob })));
  if (globs.length === 0) return result;
  const key = JSON.stringify([config.baseDir, config.config.tiers]);
  const matchers: Array<(fileName: string) => boolean> = [];
  const matcher = (index: number) => (matchers[index] ??= fileGlob(config.baseDir, globs[index]!.glob));
  const counts = globs.map(() => 0);
  for (const sourceFile of graph.files) {
    const matched = globsMatched.get(sourceFile, () => globs.flatMap((_, index) => (matcher(index)(sourceFile.fileName) ? [index] : [])), key);
    for (const index of matched) {
      counts[index]!++;
      if (!result.has(sourceFile)) result.set(sourceFile, globs[index]!.tier);
    }
  }
  counts.forEach((matched, index) => {
    if (matched > 0) return;
    const { tier, glob } = globs[index]!;
    // The config's text is read only for a warning's line: a re-lint reads no file.
    diagnostics.push(configWarning(config, rootDir, config.file ? safeRead(config.file) : undefined, glob, `tier '${tier}': glob '${glob}' matches no file`));
  });
  return result;
}

function safeRead(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function lineOf(text: string | undefined, needle: string): number {
  if (!text) return 1;
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
