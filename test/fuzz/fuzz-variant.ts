import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { globSync } from 'glob';
import { seededRandom } from '../../bench/seeded-random.js';
import { repoRoot } from '../support/paths.js';
import { writeStubPackages } from './fuzz-stubs.js';
import { MUTATOR_NAMES, MUTATORS } from './mutators.js';

export interface Variant {
  seed: number;
  fixture: string;
  dir: string;
  tsconfig: string;
  /** What was done, e.g. `src/a.ts: swap-tokens, truncate`. */
  mutations: string[];
}

const DEFAULT_STACK = ['root', 'orchestrator', 'council', 'design', 'workflow', 'implementation'];

/** The annotated fixture projects (a tzimtzum config, no package the stubs lack), `broken` among them; by name under fixtures/. */
export function fuzzFixtures(): string[] {
  return fixtureNames().filter((name) => !needsFrameworks(name));
}

/** The framework fixture projects (understood through the adapters, so fuzzed with the real declarations), by name under fixtures/. */
export function frameworkFuzzFixtures(): string[] {
  return fixtureNames().filter(needsFrameworks);
}

function fixtureNames(): string[] {
  return globSync('fixtures/**/expected.json', { cwd: repoRoot, ignore: ['**/node_modules/**'] })
    .map((file) => path.dirname(file).split(path.sep).slice(1).join('/'))
    .sort();
}

/** Framework and SDK packages that the fuzz stubs do not provide (they provide `ai`). */
const UNSTUBBED_IMPORT = /from '(@openai\/|@langchain\/|@mastra\/|@anthropic-ai\/|@google\/genai|openai'|langchain)/;

function needsFrameworks(name: string): boolean {
  const dir = path.join(repoRoot, 'fixtures', name);
  if (!fs.existsSync(path.join(dir, 'tzimtzum.config.json'))) return true;
  return globSync('src/**/*.{ts,tsx,mts}', { cwd: dir }).some((file) => UNSTUBBED_IMPORT.test(fs.readFileSync(path.join(dir, file), 'utf8')));
}

/**
 * A copy of one fixture in a temp folder with one or two of its files mutated, entirely
 * determined by `seed`: the same seed rebuilds the same variant byte for byte.
 */
export function makeVariant(seed: number, fixtures: readonly string[]): Variant {
  const random = seededRandom(seed);
  const fixture = random.pick(fixtures);
  const source = path.join(repoRoot, 'fixtures', fixture);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-fuzz-'));
  fs.cpSync(source, dir, { recursive: true, filter: (from) => !from.includes(`${path.sep}node_modules`) });
  // Framework fixtures need the real declarations (the adapters recognise them); the others get small stubs.
  if (!needsFrameworks(fixture)) writeStubPackages(dir);
  else fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  const files = globSync('src/**/*.{ts,tsx,mts}', { cwd: dir }).sort();
  const tiers = [...tierNames(dir), ...DEFAULT_STACK];
  const mutations: string[] = [];
  const count = Math.min(files.length, random.int(1, 2));
  for (const file of pickDistinct(files, count, random)) {
    const applied = Array.from({ length: random.int(1, 3) }, () => random.pick(MUTATOR_NAMES));
    let text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const name of applied) text = MUTATORS[name](text, random, tiers);
    fs.writeFileSync(path.join(dir, file), text);
    mutations.push(`${file}: ${applied.join(', ')}`);
  }
  return { seed, fixture, dir, tsconfig: path.join(dir, 'tsconfig.json'), mutations };
}

function tierNames(dir: string): string[] {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8')) as { tiers?: Array<{ name: string }> };
    return (config.tiers ?? []).map((tier) => tier.name);
  } catch {
    return [];
  }
}

function pickDistinct<T>(items: readonly T[], count: number, random: ReturnType<typeof seededRandom>): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0] as T);
  return picked;
}
