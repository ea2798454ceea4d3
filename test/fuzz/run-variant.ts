import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKER_FAULT_MESSAGE } from '../../analyzer/program/checker-faults.js';
import { runCli } from '../support/run-cli.js';
import type { Variant } from './fuzz-variant.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;

export interface VariantOutcome {
  code: number;
  ms: number;
  /** Why the run counts as a crash; undefined when it does not. */
  crash?: string;
  stderr: string;
}

/**
 * Audits a variant in-process. A crash is a throw out of `main`, an exit code outside 0/1/2,
 * a stack trace or `internal error` on stderr, an exit 2 whose message names no file of the
 * variant (a mutated `@tier` is a legitimate config error, naming its file), a type checker exception
 * reported as a diagnostic, or JSON that does not parse.
 */
export async function runVariant(variant: Variant, format: (typeof FORMATS)[number]): Promise<VariantOutcome> {
  const started = performance.now();
  let run;
  try {
    run = await runCli(['audit', '-p', variant.tsconfig, '-f', format], { env: { TZIMTZUM_DEBUG: '1' } });
  } catch (error) {
    return { code: -1, ms: performance.now() - started, crash: `main threw: ${(error as Error).stack ?? String(error)}`, stderr: '' };
  }
  const ms = performance.now() - started;
  return { code: run.code, ms, stderr: run.stderr, crash: crashReason(variant, format, run) };
}

function crashReason(variant: Variant, format: string, run: { code: number; stdout: string; stderr: string }): string | undefined {
  if (![0, 1, 2].includes(run.code)) return `exit code ${run.code}`;
  if (/internal error/.test(run.stderr)) return 'internal error';
  if (/\n\s+at /.test(run.stderr)) return 'stack trace on stderr';
  // Every format lists the diagnostics; a checker exception is caught, reported, and counts as a crash here.
  if (run.stdout.includes(CHECKER_FAULT_MESSAGE)) return `type checker exception: ${faultLine(run.stdout)}`;
  if (run.code === 2 && !namesVariantFile(variant, run.stderr)) return 'exit 2 without naming a file';
  if (run.code !== 2 && format === 'json') {
    try {
      JSON.parse(run.stdout);
    } catch (error) {
      return `JSON report does not parse: ${(error as Error).message}`;
    }
  }
  return undefined;
}

/** `tzimtzum: <file>[:line]: …` where the file exists in the variant (relative paths are the tsconfig folder's). */
function namesVariantFile(variant: Variant, stderr: string): boolean {
  const named = /^tzimtzum: (.+?)(?::\d+)?: /.exec(stderr)?.[1];
  if (!named) return false;
  const file = path.resolve(variant.dir, named);
  return file.startsWith(variant.dir) && fs.existsSync(file);
}

function faultLine(stdout: string): string {
  return stdout.split('\n').find((line) => line.includes(CHECKER_FAULT_MESSAGE))?.trim().slice(0, 300) ?? '';
}
