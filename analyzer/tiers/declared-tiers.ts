import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from '../typescript.cjs';
import { minimatch } from 'minimatch';
import { fileTierTag, findTag } from '../annotations/jsdoc-tags.js';
import type { CallGraph } from '../callgraph/call-graph.js';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';
import { DEFAULT_TIER_STACK, type ResolvedConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { DiagnosticInfo } from '../model.js';
import { relativePath } from '../program/project-files.js';
import { inheritCallerTiers } from './inherit-caller-tiers.js';
import type { TierModel } from './tier-model.js';

/** True when the project declares tiers, by config or by any `@tier` tag. */
export function hasDeclaredTiers(config: ResolvedConfig, graph: CallGraph): boolean {
  if (config.config.tiers && config.config.tiers.length > 0) return true;
  return graph.functions.some((fn) => (isModuleNode(fn) ? fileTierTag(fn.sourceFile) : findTag(fn.decl, 'tier')) !== undefined);
}

/**
 * Declared tiers: the config's `tiers` order (else the default stack), members from globs and
 * `@tier` tags. The most specific assignment wins: function tag, class tag, enclosing function,
 * file tag, glob.
 */
export function assignDeclaredTiers(
  config: ResolvedConfig,
  graph: CallGraph,
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): TierModel {
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

  const own = new Map<FunctionNode, string | null>();
  const ownTier = (fn: FunctionNode): string | null => {
    if (own.has(fn)) return own.get(fn)!;
    let tier: string | null;
    if (isModuleNode(fn)) tier = tierOfFile(fn.sourceFile);
    else {
      const tag = findTag(fn.decl, 'tier') ?? (fn.classDecl ? findTag(fn.classDecl, 'tier') : undefined);
      if (tag) tier = checkTag(tag.value, tag.node);
      else if (fn.parent && !isModuleNode(fn.parent)) tier = ownTier(fn.parent);
      else tier = tierOfFile(fn.sourceFile);
    }
    own.set(fn, tier);
    return tier;
  };
  for (const fn of graph.functions) ownTier(fn);

  const { tiers, shared } = inheritCallerTiers(graph, own);
  return {
    tiers: names.map((name, rank) => ({ name, rank, declared: true })),
    declared: true,
    rank: (tier) => ranks.get(tier) ?? -1,
    tierOfFunction: (fn) => tiers.get(fn) ?? null,
    isShared: (fn) => shared.has(fn),
    tierOfFile,
    implementationTier: names[names.length - 1] ?? null,
  };
}

/** The tier of each file matched by a `tiers[].include` glob (first tier in the order wins); warns on globs that match nothing. */
function matchTierGlobs(
  config: ResolvedConfig,
  graph: CallGraph,
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): Map<ts.SourceFile, string> {
  const result = new Map<ts.SourceFile, string>();
  const files = graph.functions.filter(isModuleNode).map((fn) => ({
    sourceFile: fn.sourceFile,
    relative: path.relative(config.baseDir, fn.sourceFile.fileName).split(path.sep).join('/'),
  }));
  const configText = config.file ? safeRead(config.file) : undefined;
  for (const tier of config.config.tiers ?? []) {
    for (const glob of tier.include ?? []) {
      const pattern = glob.replace(/^\.\//, '');
      let matched = 0;
      for (const file of files) {
        if (!minimatch(file.relative, pattern, { dot: true })) continue;
        matched++;
        if (!result.has(file.sourceFile)) result.set(file.sourceFile, tier.name);
      }
      if (matched === 0) {
        diagnostics.push({
          severity: 'warning',
          file: config.file ? relativePath(rootDir, config.file) : 'tzimtzum.config.json',
          line: lineOf(configText, JSON.stringify(glob)),
          message: `tier '${tier.name}': glob '${glob}' matches no file`,
        });
      }
    }
  }
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
