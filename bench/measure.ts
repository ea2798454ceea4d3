import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RSS_FILE_ENV } from './rss-file-env.js';

const PRELOAD_URL = new URL('./rss-preload.js', import.meta.url).href;
const OUTPUT_TAIL_CHARS = 4000;

/** A Node script to run in a measured child process. */
export interface BenchCommand {
  label: string;
  script: string;
  args: readonly string[];
  cwd?: string;
  /** Exit codes that count as success. */
  okExitCodes: readonly number[];
  /** Runs after an exit with an ok code; returns why the run failed anyway (e.g. no report written). */
  verify?: (exitCode: number) => string | undefined;
}

export interface Measurement {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number;
}

export class MeasurementFailure extends Error {
  constructor(
    readonly label: string,
    readonly reason: string,
    readonly output: string,
  ) {
    super(`${label} failed: ${reason}`);
    this.name = 'MeasurementFailure';
  }
}

/** Runs the command once; rejects with a MeasurementFailure on a bad exit code, a signal or a failed verify. */
export async function measureOnce(command: BenchCommand): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'tzimtzum-bench-'));
  const rssFile = join(dir, 'rss.json');
  try {
    const { wallMs, exitCode, signal, output } = await run(command, rssFile);
    if (signal !== null) throw new MeasurementFailure(command.label, `killed by ${signal}`, output);
    if (exitCode === null || !command.okExitCodes.includes(exitCode)) {
      throw new MeasurementFailure(command.label, `exit code ${exitCode}`, output);
    }
    const problem = command.verify?.(exitCode);
    if (problem !== undefined) throw new MeasurementFailure(command.label, problem, output);
    return { wallMs, peakRssBytes: readPeakRss(rssFile, command.label, output), exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface InterleaveOptions {
  runs: number;
  /** Rounds run first and discarded: the first run of a command pays for cold caches. */
  warmup?: number;
  onSample?: (command: BenchCommand, run: number, sample: Measurement) => void;
}

/**
 * Measures each command `runs` times, interleaved (a, b, a, b, …) so that every command shares
 * the machine's noise alike. Returns the samples per command, in the order given.
 */
export async function measureInterleaved(
  commands: readonly BenchCommand[],
  { runs, warmup = 0, onSample }: InterleaveOptions,
): Promise<Measurement[][]> {
  const samples = commands.map((): Measurement[] => []);
  for (let round = -warmup; round < runs; round += 1) {
    for (const [index, command] of commands.entries()) {
      const sample = await measureOnce(command);
      if (round < 0) continue;
      samples[index]!.push(sample);
      onSample?.(command, round, sample);
    }
  }
  return samples;
}

interface RunOutcome {
  wallMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function run(command: BenchCommand, rssFile: string): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    let output = '';
    const keepTail = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
    };
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', PRELOAD_URL, command.script, ...command.args], {
      cwd: command.cwd,
      env: { ...process.env, [RSS_FILE_ENV]: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keepTail);
    child.stderr.on('data', keepTail);
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      resolve({ wallMs: performance.now() - start, exitCode, signal, output });
    });
  });
}

function readPeakRss(rssFile: string, label: string, output: string): number {
  try {
    const { maxRSS } = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number };
    return maxRSS * 1024;
  } catch {
    throw new MeasurementFailure(label, 'the child recorded no peak RSS (did it exit abnormally?)', output);
  }
}
