import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz-campaign.js';

const USAGE = `Usage: npm run fuzz -- [--count N] [--seed S] [--fixtures a,b] [--keep] [--verbose]

  --count N      variants to run (default 1000)
  --seed S       first seed; variant k uses seed S+k (default: taken from the clock and printed)
  --fixtures     fixture names under fixtures/ to draw from (default: every annotated fixture)
  --keep         keep every variant's folder (crashing ones are always kept)
  --verbose      one line per variant`;

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      fixtures: { type: 'string' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const count = Number(values.count);
  const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) {
    process.stderr.write(`--count and --seed take non-negative integers\n\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const summary = await runFuzz({
    seed,
    count,
    fixtures: values.fixtures?.split(','),
    keep: values.keep ? 'all' : 'crashes',
    onVariant: (variant, outcome) => {
      if (values.verbose || outcome.crash) {
        process.stderr.write(`seed ${variant.seed} ${variant.fixture} exit ${outcome.code} ${Math.round(outcome.ms)} ms${outcome.crash ? ` CRASH (${outcome.crash})` : ''}${values.keep ? ` in ${variant.dir}` : ''}\n`);
      }
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`fuzz: ${summary.variants} variants from seed ${seed} in ${seconds} s; exit codes ${JSON.stringify(summary.exitCodes)}; slowest seed ${summary.slowest.seed} (${Math.round(summary.slowest.ms)} ms); ${summary.crashes.length} crashes\n`);
  for (const crash of summary.crashes) {
    process.stdout.write(`\nCRASH ${crash.reason}\n  reproduce: npm run fuzz -- --seed ${crash.seed} --count 1 --keep${values.fixtures ? ` --fixtures ${values.fixtures}` : ''}\n  fixture ${crash.fixture}, format ${crash.format}\n  ${crash.mutations.join('\n  ')}\n${crash.dir ? `  kept in ${crash.dir}\n` : ''}${indent(crash.stderr.slice(0, 2000))}\n`);
  }
  return summary.crashes.length > 0 ? 1 : 0;
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}

process.exitCode = await main(process.argv.slice(2));
