/**
 * `npm run bench:floor`: how close to `tsc --noEmit` the audit can come without asking the checker
 * less. Per generated project, interleaved in one run: tsc, the audit, and the checker floor (the
 * program, its binding and the checker's answers the audit asks for, replayed in a fresh process
 * with none of tzimtzum's own work; see checker-floor.ts). The audit's time above the floor is
 * tzimtzum's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBenchArgs, UsageError } from './bench-args.js';
import { auditCommand, PACKAGE_ROOT, tscCommand } from './bench-commands.js';
import { generateProject } from './generate-project.js';
import { measureOnce } from './measure.js';
import { median } from './stats.js';
import type { ReplayOutcome } from './checker-floor.js';

const FLOOR_USAGE = 'Usage: npm run bench:floor -- [--files N] [--shapes S] [--runs K] [--warmup W] [--seed S] [--keep]\n(as for npm run bench)';

const CHILD = join(PACKAGE_ROOT, 'dist', 'bench', 'floor-child.js');

function child(args: readonly string[]): { wallMs: number; stdout: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`floor-child ${args[0]} failed (exit ${run.status}):\n${run.stderr}`);
  return { wallMs, stdout: run.stdout };
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${FLOOR_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${FLOOR_USAGE}\n`);
    return 0;
  }
  if (args.write || args.odd || args.auditWith !== 'tzimtzum') {
    process.stderr.write(`bench:floor measures generated projects only: --write, --odd and --audit-with are for npm run bench\n\n${FLOOR_USAGE}\n`);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'tzimtzum-floor-'));
  const lines = ['shape         files  tsc ms  audit ms  floor ms  audit/tsc  floor/tsc  own share of audit  tsc MB  audit MB  floor MB  audit/tsc MB  floor/tsc MB'];
  try {
    for (const shape of args.shapes) for (const files of args.sizes) {
      const project = generateProject({ files, seed: args.seed, outDir: join(PACKAGE_ROOT, 'bench', 'out', `floor-${shape}-${files}`), shape });
      const queries = join(work, `${shape}-${files}.json`);
      child(['record', project.tsconfig, queries]);
      const tsc: number[] = [];
      const audit: number[] = [];
      const floor: number[] = [];
      const tscMb: number[] = [];
      const auditMb: number[] = [];
      const floorMb: number[] = [];
      for (let round = -args.warmup; round < args.runs; round++) {
        const tscRun = await measureOnce(tscCommand(project));
        const auditRun = await measureOnce(auditCommand(project, join(work, 'report.json')));
        const replay = child(['replay', project.tsconfig, queries]);
        const outcome = JSON.parse(replay.stdout) as ReplayOutcome;
        if (outcome.missing > 0) throw new Error(`${outcome.missing} of ${outcome.queries} recorded questions found no node in ${project.tsconfig}`);
        const floorMs = replay.wallMs - outcome.lookupMs;
        process.stderr.write(
          `${shape}-${files} round ${round + 1}: tsc ${Math.round(tscRun.wallMs)} ms, audit ${Math.round(auditRun.wallMs)} ms, floor ${Math.round(floorMs)} ms (${outcome.queries} questions); peak ${mb(tscRun.peakRssBytes)} / ${mb(auditRun.peakRssBytes)} / ${mb(outcome.peakRssBytes)} MB\n`,
        );
        if (round < 0) continue;
        tsc.push(tscRun.wallMs);
        audit.push(auditRun.wallMs);
        floor.push(floorMs);
        tscMb.push(tscRun.peakRssBytes);
        auditMb.push(auditRun.peakRssBytes);
        floorMb.push(outcome.peakRssBytes);
      }
      const [t, a, f] = [median(tsc), median(audit), median(floor)];
      const [tm, am, fm] = [median(tscMb), median(auditMb), median(floorMb)];
      lines.push(
        `${shape.padEnd(12)}  ${String(files).padStart(5)}  ${String(Math.round(t)).padStart(6)}  ${String(Math.round(a)).padStart(8)}  ${String(Math.round(f)).padStart(8)}  ${(a / t).toFixed(2).padStart(8)}x  ${(f / t).toFixed(2).padStart(8)}x  ${`${Math.round((100 * (a - f)) / a)}%`.padStart(18)}  ${mb(tm).padStart(6)}  ${mb(am).padStart(8)}  ${mb(fm).padStart(8)}  ${(am / tm).toFixed(2).padStart(11)}x  ${(fm / tm).toFixed(2).padStart(11)}x`,
      );
      if (!args.keep) rmSync(project.outDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
