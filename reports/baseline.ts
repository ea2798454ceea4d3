import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../analyzer/model.js';
import type { AnalysisReport, FindingInfo, RuleId } from '../analyzer/model.js';

/** One recorded finding: matched by rule, file and the fingerprint of its crossing expression. */
export interface BaselineEntry {
  ruleId: RuleId;
  file: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** The baseline file for these findings: sorted, so that it diffs well and is stable. */
export function writeBaseline(findings: readonly FindingInfo[]): string {
  const entries: BaselineEntry[] = findings
    .map(({ ruleId, file, fingerprint }) => ({ ruleId, file, fingerprint }))
    .sort(compareEntries);
  const baseline: Baseline = { version: 1, findings: entries };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads and checks a baseline file; every problem is a BaselineError naming the file. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new BaselineError(`Cannot read baseline ${path}: ${reason}`);
  }
  return parseBaseline(text, path);
}

export function parseBaseline(text: string, path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`Baseline ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const fail = (where: string, expected: string): never => {
    throw new BaselineError(`Baseline ${path}: ${where} must be ${expected}`);
  };
  if (!isObject(data)) return fail('the file', 'an object { "version": 1, "findings": [...] }');
  if (data.version !== 1) fail('"version"', '1');
  if (!Array.isArray(data.findings)) return fail('"findings"', 'an array');
  const ruleIds = new Set<string>(RULE_IDS);
  const findings = data.findings.map((entry: unknown, i): BaselineEntry => {
    const at = `findings[${i}]`;
    if (!isObject(entry)) return fail(at, 'an object with ruleId, file and fingerprint');
    const { ruleId, file, fingerprint } = entry;
    if (typeof ruleId !== 'string' || !ruleIds.has(ruleId)) fail(`${at}.ruleId`, `one of ${RULE_IDS.join(', ')}`);
    if (typeof file !== 'string' || file === '') fail(`${at}.file`, 'a non-empty string');
    if (typeof fingerprint !== 'string' || fingerprint === '') fail(`${at}.fingerprint`, 'a non-empty string');
    return { ruleId: ruleId as RuleId, file: file as string, fingerprint: fingerprint as string };
  });
  return { version: 1, findings };
}

/**
 * The report without the findings the baseline records. Entries are a multiset: each one
 * suppresses one finding, so two identical findings need two entries.
 */
export function applyBaseline(report: AnalysisReport, baseline: Baseline): AnalysisReport {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = entryKey(entry);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const findings = report.findings.filter((finding) => {
    const key = entryKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
  const error = findings.filter((f) => f.severity === 'error').length;
  return {
    ...report,
    findings,
    summary: {
      ...report.summary,
      findings: { error, warning: findings.length - error },
      suppressed: (report.summary.suppressed ?? 0) + report.findings.length - findings.length,
    },
  };
}

function entryKey(entry: BaselineEntry): string {
  return JSON.stringify([entry.ruleId, entry.file, entry.fingerprint]);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}

// Code-unit order, not locale order, so the file is the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
