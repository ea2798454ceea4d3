import { Writable } from 'node:stream';
import { main, type CliIo } from '../../bin/cli.js';
import type { AnalysisReport } from '../../analyzer/model.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (no TTY, no colour unless asked). */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; loadProgram?: CliIo['loadProgram'] } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (chunk: string) => void) =>
    new Writable({
      write(chunk, _encoding, callback) {
        append(String(chunk));
        callback();
      },
    });
  const code = await main(args, {
    stdout: sink((c) => (stdout += c)),
    stderr: sink((c) => (stderr += c)),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    loadProgram: options.loadProgram,
  });
  return { code, stdout, stderr };
}

export async function auditJson(
  tsconfig: string,
  extra: string[] = [],
  loadProgram?: CliIo['loadProgram'],
): Promise<{ run: CliRun; report: AnalysisReport }> {
  const run = await runCli(['audit', '-p', tsconfig, '-f', 'json', ...extra], { loadProgram });
  if (run.code === 2) throw new Error(`audit failed: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as AnalysisReport };
}
