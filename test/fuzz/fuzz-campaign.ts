import * as fs from 'node:fs';
import { fuzzFixtures, makeVariant, type Variant } from './fuzz-variant.js';
import { FORMATS, runVariant, type VariantOutcome } from './run-variant.js';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Fixture names to draw from (default: every annotated fixture). */
  fixtures?: readonly string[];
  /** Which variant folders to leave in the temp folder (default none). */
  keep?: 'none' | 'crashes' | 'all';
  onVariant?: (variant: Variant, outcome: VariantOutcome) => void;
}

export interface FuzzCrash {
  seed: number;
  fixture: string;
  mutations: string[];
  format: string;
  reason: string;
  stderr: string;
  dir?: string;
}

export interface FuzzSummary {
  variants: number;
  exitCodes: Record<number, number>;
  crashes: FuzzCrash[];
  slowest: { seed: number; ms: number };
}

/** Variant k of a campaign has seed `seed + k`: `--seed <that> --count 1` rebuilds and reruns it alone. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const fixtures = options.fixtures ?? fuzzFixtures();
  const summary: FuzzSummary = { variants: 0, exitCodes: {}, crashes: [], slowest: { seed: options.seed, ms: 0 } };
  for (let k = 0; k < options.count; k++) {
    const seed = options.seed + k;
    const variant = makeVariant(seed, fixtures);
    const format = FORMATS[seed % FORMATS.length]!;
    let keep = options.keep === 'all';
    try {
      const outcome = await runVariant(variant, format);
      summary.variants++;
      summary.exitCodes[outcome.code] = (summary.exitCodes[outcome.code] ?? 0) + 1;
      if (outcome.ms > summary.slowest.ms) summary.slowest = { seed, ms: outcome.ms };
      if (outcome.crash) {
        keep ||= options.keep === 'crashes';
        summary.crashes.push({ seed, fixture: variant.fixture, mutations: variant.mutations, format, reason: outcome.crash, stderr: outcome.stderr, dir: keep ? variant.dir : undefined });
      }
      options.onVariant?.(variant, outcome);
    } finally {
      if (!keep) fs.rmSync(variant.dir, { recursive: true, force: true });
    }
  }
  return summary;
}
