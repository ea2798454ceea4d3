import { escape as escapeGlob } from 'minimatch';
import { analyzeProgram, type Analysis } from '../analyze.js';
import type { Component } from '../components/component.js';
import type { TierDeclaration, TzimtzumConfig } from '../config/config.js';
import { relativePath } from '../program/project-files.js';
import { qualifiedName } from '../tiers/component-names.js';

export const SCHEMA_REFERENCE = './node_modules/eslint-plugin-tzimtzum/schema/tzimtzum.schema.json';

/** What `init` writes and why. */
export interface ConfigProposal {
  /** The whole config to write: the existing one with `tiers` set. */
  config: TzimtzumConfig;
  /** Where the tiers came from. */
  source: 'inferred' | 'config' | 'tags';
  /** Components placed by name, because a glob over their file would place them (or their neighbours) elsewhere. */
  placedByName: Array<{ name: string; tier: string; file: string }>;
  /** Components that no written entry can place where inference did (same name, same file, another tier): a `@tier` tag can. */
  unplaced: Array<{ name: string; tier: string; file: string }>;
}

/** How many times the proposal is re-checked and corrected; each round only adds names. */
const MAX_ROUNDS = 4;

/**
 * A starting `tzimtzum.config.json` that reproduces the tiers of an analysis (DESIGN.md §5).
 * Declared tiers are kept as they are. Inferred ones become one `include` entry per file whose
 * components share a tier, and a `components` entry for each component that a glob would not place
 * where inference did (a file that mixes tiers, a node whose function lives in another file): the
 * proposal is analysed again with the same program and corrected until every component keeps its tier.
 */
export function proposeConfig(analysis: Analysis, existing: TzimtzumConfig): ConfigProposal {
  const { context } = analysis;
  const ranked = context.components.all.filter((c) => c.kind !== 'model-call');
  if (context.tiers.declared) {
    const fromConfig = (existing.tiers?.length ?? 0) > 0;
    const tiers: TierDeclaration[] = fromConfig ? existing.tiers! : context.tiers.tiers.map((t) => ({ name: t.name }));
    return { config: { ...existing, tiers }, source: fromConfig ? 'config' : 'tags', placedByName: [], unplaced: [] };
  }

  const rel = (component: Component) => relativePath(context.rootDir, component.node.getSourceFile().fileName);
  const nameCount = new Map<string, number>();
  for (const component of ranked) nameCount.set(component.name, (nameCount.get(component.name) ?? 0) + 1);
  const writtenName = (component: Component) => qualifiedName(component.name, rel(component), nameCount.get(component.name) === 1);

  const tiersByFile = new Map<string, Set<string>>();
  for (const component of ranked) {
    if (!component.tier) continue;
    const file = rel(component);
    tiersByFile.set(file, (tiersByFile.get(file) ?? new Set()).add(component.tier));
  }
  const byName = new Set<Component>(ranked.filter((c) => c.tier && tiersByFile.get(rel(c))!.size > 1));
  const build = (): TierDeclaration[] =>
    context.tiers.tiers.map(({ name }) => {
      const include = [...tiersByFile]
        .filter(([, set]) => set.size === 1 && set.has(name))
        .map(([file]) => escapeGlob(file))
        .sort();
      const components = [...new Set([...byName].filter((c) => c.tier === name).map(writtenName))].sort();
      return { name, ...(include.length > 0 ? { include } : {}), ...(components.length > 0 ? { components } : {}) };
    });

  let tiers = build();
  let misplaced: Component[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    misplaced = misplacedBy(analysis, { ...existing, tiers }, ranked);
    const fresh = misplaced.filter((c) => !byName.has(c));
    if (fresh.length === 0) break;
    for (const component of fresh) byName.add(component);
    tiers = build();
  }
  const placed = (c: Component) => ({ name: writtenName(c), tier: c.tier!, file: rel(c) });
  return {
    config: { ...existing, tiers },
    source: 'inferred',
    placedByName: [...byName].map(placed).sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name)),
    unplaced: misplaced.map(placed),
  };
}

/** Components that an analysis with `config` places in another tier than the inferred one. */
function misplacedBy(analysis: Analysis, config: TzimtzumConfig, ranked: readonly Component[]): Component[] {
  const { program, rootDir } = analysis.context;
  const declared = analyzeProgram(program, { config, baseDir: rootDir }, rootDir, { keepForNext: false }).context.components.all;
  const tierOfNode = new Map(declared.map((c) => [c.node, c.tier]));
  return ranked.filter((c) => c.tier && tierOfNode.has(c.node) && tierOfNode.get(c.node) !== c.tier);
}

/** The config file's text, with `$schema` first so editors validate it. */
export function configFileText(config: TzimtzumConfig): string {
  return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...config }, null, 2)}\n`;
}
