import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { BenchShape } from './bench-shapes.js';
import { planProject, type PlantedIssue } from './project-plan.js';
import { renderModule } from './render-module.js';
import { renderTierIndex, sharedFiles } from './render-shared.js';
import { TIER_SHAPES } from './tier-shapes.js';

export const DEFAULT_SEED = 20240611;

/** The `openai` SDK's ES module declarations, from this package's own devDependencies. */
const OPENAI_TYPES = join(dirname(createRequire(import.meta.url).resolve('openai')), 'index.d.mts');

export interface GenerateOptions {
  /** Number of `.ts` files under `src/`; at least MIN_FILES. */
  files: number;
  seed?: number;
  /** Emptied first. */
  outDir: string;
  /** The kind of agent system (bench/bench-shapes.ts); `layered` by default. */
  shape?: BenchShape;
}

export interface GeneratedProject {
  outDir: string;
  tsconfig: string;
  config: string;
  /** `.ts` files written under `src/`. */
  files: number;
  /** The undesigned boundaries planted on purpose. */
  planted: PlantedIssue[];
}

export function generateProject({ files, seed = DEFAULT_SEED, outDir, shape = 'layered' }: GenerateOptions): GeneratedProject {
  const plan = planProject(files, seed);
  const root = resolve(outDir);
  const openaiTypes = relative(root, OPENAI_TYPES).split(sep).join('/');
  const sources = new Map<string, string>(Object.entries(sharedFiles(`bench-project-${files}`, shape, openaiTypes)));
  for (const [tier, modules] of plan.tiers.entries()) {
    sources.set(`src/${TIER_SHAPES[tier]!.name}/index.ts`, renderTierIndex(tier, modules));
    for (const module of modules) sources.set(module.file, renderModule(module, shape));
  }

  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of sources) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return {
    outDir: root,
    tsconfig: join(root, 'tsconfig.json'),
    config: join(root, 'tzimtzum.config.json'),
    files: [...sources.keys()].filter((path) => path.startsWith('src/') && path.endsWith('.ts')).length,
    // A made-up goal is a dropped intent only where the goal is declared one (not in the home-grown shape).
    planted: shape === 'home-grown' ? plan.planted.filter((issue) => issue.kind !== 'intent-dropped') : plan.planted,
  };
}
