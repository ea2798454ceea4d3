import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedProject } from './generate-project.js';
import type { PlantedIssue, UndesignedKind } from './project-plan.js';
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

/** The rule that reports each kind of planted issue. */
export const RULE_OF_PLANTED: Record<UndesignedKind, string> = {
  'context-passthrough': 'no-context-passthrough',
  'tier-skip': 'no-tier-skip',
  'upward-call': 'no-upward-dependency',
  'any-parameter': 'require-boundary-contract',
  'intent-dropped': 'preserve-reshimu',
  'secret-in-prompt': 'no-sensitive-exposure',
};

/**
 * The planted issues the report misses, by kind (`secret-in-prompt: 0 of 10 found (no-sensitive-exposure)`):
 * each file must have at least as many findings of the kind's rule as issues of that kind planted in it.
 */
export function missedPlanted(planted: readonly PlantedIssue[], findings: readonly { ruleId: string; file: string }[]): string[] {
  const found = new Map<string, number>();
  for (const finding of findings) found.set(`${finding.ruleId} ${finding.file}`, (found.get(`${finding.ruleId} ${finding.file}`) ?? 0) + 1);
  const byKind = new Map<UndesignedKind, { planted: number; found: number }>();
  for (const issue of planted) {
    const key = `${RULE_OF_PLANTED[issue.kind]} ${issue.file}`;
    const left = found.get(key) ?? 0;
    if (left > 0) found.set(key, left - 1);
    const counts = byKind.get(issue.kind) ?? { planted: 0, found: 0 };
    byKind.set(issue.kind, { planted: counts.planted + 1, found: counts.found + (left > 0 ? 1 : 0) });
  }
  return [...byKind]
    .filter(([, counts]) => counts.found < counts.planted)
    .map(([kind, counts]) => `${kind}: ${counts.found} of ${counts.planted} found (${RULE_OF_PLANTED[kind]})`);
}

/**
 * `tzimtzum audit` writing its JSON report to `reportPath`. Exit 1 (findings) is a success, but
 * an uncaught exception also exits 1: a run only counts when it left a JSON report, and, for a
 * generated project, when the report has the findings planted in it (a run that skips the work is
 * not a measurement).
 */
export function auditCommand(project: Pick<GeneratedProject, 'tsconfig'> & { planted?: readonly PlantedIssue[] }, reportPath: string, bin = TZIMTZUM_BIN): BenchCommand {
  rmSync(reportPath, { force: true });
  return {
    label: 'tzimtzum audit',
    script: bin,
    args: ['audit', '-p', project.tsconfig, '-f', 'json', '-o', reportPath],
    okExitCodes: [0, 1],
    verify: () => {
      try {
        if (!existsSync(reportPath)) return 'no JSON report was written';
        const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { schemaVersion?: unknown; findings?: { ruleId: string; file: string }[] };
        if (report.schemaVersion !== 1) return 'the report has no schemaVersion 1';
        const missed = project.planted ? missedPlanted(project.planted, report.findings ?? []) : [];
        return missed.length > 0 ? `the audit missed planted issues: ${missed.join('; ')}` : undefined;
      } catch (error) {
        return `the JSON report does not parse: ${(error as Error).message}`;
      } finally {
        // A stale report must not make the next run's crash look like a success.
        rmSync(reportPath, { force: true });
      }
    },
  };
}
