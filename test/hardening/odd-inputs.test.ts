import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { AnalysisReport } from '../../analyzer/model.js';
import { ODD_INPUTS } from '../../bench/odd-inputs.js';
import { runCli } from '../support/run-cli.js';

type Check = (report: AnalysisReport, dir: string) => void | Promise<void>;

const findings = (report: AnalysisReport) => report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);
const diagnostics = (report: AnalysisReport) => report.diagnostics.map((d) => `${d.file}:${d.line} ${d.message.split(' (')[0]}`);

/** What each odd input must still produce: the analysis went through, not just "no crash". */
const CHECKS: Record<string, Check> = {
  'a 20,000-line generated file': (report) => {
    assert.equal(report.summary.components, 2_002);
    assert.deepEqual(findings(report), []);
  },
  '5,000 call sites on one line': (report) => {
    assert.equal(report.summary.boundaries, 5_000);
    assert.equal(report.findings.length, 2_500);
    assert.ok(report.findings.every((f) => f.ruleId === 'no-tier-skip' && f.line === 3));
  },
  'closures nested 500 deep': (report) => {
    assert.deepEqual(findings(report), ['no-tier-skip src/orchestrator/nested-functions.ts:502']);
    // Whether the parser itself overflows depends on the stack left in this process; either way the file is a diagnostic.
    assert.ok(
      diagnostics(report).some((d) => d.startsWith('src/orchestrator/nested-arrows.ts:1 cannot parse: ')),
      diagnostics(report).join('\n'),
    );
  },
  'a 200-member union type as a parameter': (report) => {
    assert.deepEqual(findings(report), ['require-boundary-contract src/workflow/step.ts:3']);
  },
  'cyclic imports across tiers': (report) => {
    assert.deepEqual(findings(report), ['no-upward-dependency src/tools/c.ts:3', 'no-upward-dependency src/tools/c.ts:3', 'no-upward-dependency src/workflow/b.ts:3']);
  },
  'a symlinked folder that links to its parent': (report) => {
    assert.deepEqual(findings(report), ['no-tier-skip src/orchestrator/main.ts:2']);
  },
  'a tsconfig with project references (composite)': async (report, dir) => {
    // The solution-style root analyses the referenced projects' sources together ...
    assert.equal(report.summary.components, 2);
    assert.equal(report.summary.boundaries, 1);
    // ... and a project with its own files and a reference analyses its own files; the unbuilt
    // reference resolves to no output, which is a diagnostic, not a failure.
    const app = await runCli(['audit', '-p', path.join(dir, 'packages', 'app', 'tsconfig.json'), '-f', 'json']);
    assert.equal(app.code, 0, app.stderr);
    assert.deepEqual(diagnostics(JSON.parse(app.stdout) as AnalysisReport), [
      "src/main.ts:1 cannot resolve import '../../tools/src/lookup.js'; calls through it are not followed",
      "../../tzimtzum.config.json:1 tier 'implementation': glob 'packages/tools/**' matches no file",
      // with the call into the reference not followed, nothing is left to recognise: said, not silent
      'tsconfig.json:undefined no component was recognised',
    ]);
  },
};

describe('big and odd inputs: exit 0/1 and a report, never a crash (bench/odd-inputs.ts)', () => {
  it('every odd input has its checks', () => {
    assert.deepEqual(ODD_INPUTS.map((c) => c.name).sort(), Object.keys(CHECKS).sort());
  });

  for (const input of ODD_INPUTS) {
    it(input.name, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-odd-'));
      try {
        const run = await runCli(['audit', '-p', input.write(dir), '-f', 'json'], { env: { TZIMTZUM_DEBUG: '1' } });
        assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
        assert.equal(run.stderr, '');
        await CHECKS[input.name]!(JSON.parse(run.stdout) as AnalysisReport, dir);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
