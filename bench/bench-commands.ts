import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedProject } from './generate-project.js';
import type { BenchCommand } from './measure.js';

/** The package root, from `dist/bench/` where this module runs. */
export const PACKAGE_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const TZIMTZUM_BIN = join(PACKAGE_ROOT, 'bin', 'tzimtzum.js');

const TSC = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');

export function tscCommand(project: GeneratedProject, label = 'tsc'): BenchCommand {
  return {
    label,
    script: TSC,
    args: ['--noEmit', '-p', project.tsconfig],
    okExitCodes: [0],
  };
}

/**
 * `tzimtzum audit` writing its JSON report to `reportPath`. Exit 1 (findings) is a success, but
 * an uncaught exception also exits 1: a run only counts when it left a JSON report.
 */
export function auditCommand(project: Pick<GeneratedProject, 'tsconfig'>, reportPath: string, bin = TZIMTZUM_BIN): BenchCommand {
  rmSync(reportPath, { force: true });
  return {
    label: 'tzimtzum audit',
    script: bin,
    args: ['audit', '-p', project.tsconfig, '-f', 'json', '-o', reportPath],
    okExitCodes: [0, 1],
    verify: () => {
      try {
        if (!existsSync(reportPath)) return 'no JSON report was written';
        const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { schemaVersion?: unknown };
        return report.schemaVersion === 1 ? undefined : 'the report has no schemaVersion 1';
      } catch (error) {
        return `the JSON report does not parse: ${(error as Error).message}`;
      } finally {
        // A stale report must not make the next run's crash look like a success.
        rmSync(reportPath, { force: true });
      }
    },
  };
}
