import { parseArgs } from 'node:util';
import { BENCH_SHAPES, isBenchShape, type BenchShape } from './bench-shapes.js';
import { DEFAULT_SEED } from './generate-project.js';
import { MIN_FILES } from './project-plan.js';

export type AuditWith = 'tzimtzum' | 'tsc';

export interface BenchArgs {
  sizes: number[];
  /** The kinds of generated system to measure at every size. */
  shapes: BenchShape[];
  runs: number;
  /** Unmeasured rounds before the measured ones. */
  warmup: number;
  seed: number;
  keep: boolean;
  write: boolean;
  /** `tsc` runs tsc in the audit's place: a stand-in to test the runner before the CLI exists. */
  auditWith: AuditWith;
  /** Time the odd inputs of bench/odd-inputs.ts against their bounds instead of generated projects. */
  odd: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --files N        project size in files; repeatable or a comma list (default 500)
  --shapes S       generated systems: ${BENCH_SHAPES.join(', ')}; comma list (default all)
  --runs K         measurements per command, interleaved; the median is shown (default 3)
  --warmup W       unmeasured rounds first, for cold caches (default 1)
  --seed S         generator seed (default ${DEFAULT_SEED})
  --keep           keep the generated projects in bench/out/
  --write          also write the table to bench/RESULTS.md
  --audit-with X   tzimtzum (default) or tsc, a stand-in that times tsc in the audit's place
  --odd            time the big and odd inputs (bench/odd-inputs.ts), each against its bound
  --help`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        files: { type: 'string', multiple: true },
        shapes: { type: 'string', multiple: true },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        'audit-with': { type: 'string' },
        odd: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sizes = (values.files ?? ['500']).flatMap((entry) => entry.split(',')).map((size) => {
    return positiveInteger('--files', size, MIN_FILES);
  });
  const shapes = (values.shapes ?? [BENCH_SHAPES.join(',')]).flatMap((entry) => entry.split(',')).map((name) => {
    const shape = name.trim();
    if (!isBenchShape(shape)) throw new UsageError(`--shapes takes ${BENCH_SHAPES.join(', ')}; got '${shape}'`);
    return shape;
  });
  const auditWith = values['audit-with'] ?? 'tzimtzum';
  if (auditWith !== 'tzimtzum' && auditWith !== 'tsc') {
    throw new UsageError(`--audit-with must be 'tzimtzum' or 'tsc', got '${auditWith}'`);
  }
  return {
    sizes: [...new Set(sizes)],
    shapes: [...new Set(shapes)],
    runs: values.runs === undefined ? 3 : positiveInteger('--runs', values.runs, 1),
    warmup: values.warmup === undefined ? 1 : positiveInteger('--warmup', values.warmup, 0),
    seed: values.seed === undefined ? DEFAULT_SEED : positiveInteger('--seed', values.seed, 0),
    keep: values.keep,
    write: values.write,
    auditWith,
    odd: values.odd,
    help: values.help,
  };
}

function positiveInteger(flag: string, text: string, min: number): number {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} must be an integer >= ${min}, got '${text}'`);
  }
  return value;
}
