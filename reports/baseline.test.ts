import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyBaseline, BaselineError, parseBaseline, readBaseline, writeBaseline } from './baseline.js';
import { sampleReport } from './test-support/sample-report.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const dir = makeTempDir('tzimtzum-baseline-');

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('writeBaseline', () => {
  it('writes a sorted, stable file of rule, file and fingerprint', () => {
    const { findings } = sampleReport();
    const text = writeBaseline(findings);
    assert.equal(text, writeBaseline([...findings].reverse()), 'order of findings does not matter');
    assert.ok(text.endsWith('}\n'));
    const baseline = JSON.parse(text) as { version: number; findings: { ruleId: string; file: string; fingerprint: string }[] };
    assert.equal(baseline.version, 1);
    assert.deepEqual(baseline.findings.map((f) => `${f.file} ${f.ruleId} ${f.fingerprint}`), [
      'src/council/planner.ts no-tier-skip d1e2f3a4b5c6d7e8',
      'src/design/outline-designer.ts preserve-reshimu 0c5d8e2fa61b4937',
      'src/design/outline-designer.ts require-boundary-contract 9a0e77b1c2d4f580',
      'src/orchestrator/research-orchestrator.ts no-context-passthrough 4f1c2a9e0b7d3c61',
      'src/tools/web-search.ts no-upward-dependency b2a4c6e8f0193857',
      'src/workflow/fetch-sources.ts no-sensitive-exposure 7e3b90d1a5c2f846',
    ]);
    assert.deepEqual(Object.keys(baseline.findings[0]!), ['ruleId', 'file', 'fingerprint']);
  });
});

describe('readBaseline', () => {
  it('reads what writeBaseline wrote', () => {
    const { findings } = sampleReport();
    const baseline = readBaseline(fileWith('ok.json', writeBaseline(findings)));
    assert.equal(baseline.findings.length, 6);
  });

  it('names the file when it is missing', () => {
    const path = join(dir, 'missing.json');
    assert.throws(() => readBaseline(path), { name: 'BaselineError', message: `Cannot read baseline ${path}: file not found` });
  });

  it('names the file and the reason when it cannot be read', () => {
    assert.throws(() => readBaseline(dir), { name: 'BaselineError', message: new RegExp(`^Cannot read baseline ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EISDIR`) });
  });

  it('names the file when it is not JSON', () => {
    const path = fileWith('broken.json', '{ "version": 1,');
    assert.throws(() => readBaseline(path), (error: Error) => {
      assert.ok(error instanceof BaselineError);
      assert.match(error.message, new RegExp(`^Baseline ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: `));
      return true;
    });
  });

  it('names the file and the JSON path when the shape is wrong', () => {
    const cases: [string, string][] = [
      ['[]', 'the file must be an object { "version": 1, "findings": [...] }'],
      ['null', 'the file must be an object { "version": 1, "findings": [...] }'],
      ['{"version":1,"findings":[null]}', 'findings[0] must be an object with ruleId, file and fingerprint'],
      ['{"version":1,"findings":[{"ruleId":"no-tier-skip","file":5,"fingerprint":"x"}]}', 'findings[0].file must be a non-empty string'],
      ['{"version":1,"findings":[{"ruleId":"no-tier-skip","file":"a.ts","fingerprint":""}]}', 'findings[0].fingerprint must be a non-empty string'],
      ['{"version":2,"findings":[]}', '"version" must be 1'],
      ['{"version":1}', '"findings" must be an array'],
      ['{"version":1,"findings":[7]}', 'findings[0] must be an object with ruleId, file and fingerprint'],
      ['{"version":1,"findings":[{"ruleId":"no-such-rule","file":"a.ts","fingerprint":"x"}]}', 'findings[0].ruleId must be one of no-context-passthrough,'],
      ['{"version":1,"findings":[{"ruleId":"no-tier-skip","file":"","fingerprint":"x"}]}', 'findings[0].file must be a non-empty string'],
      ['{"version":1,"findings":[{"ruleId":"no-tier-skip","file":"a.ts"}]}', 'findings[0].fingerprint must be a non-empty string'],
    ];
    for (const [text, expected] of cases) {
      assert.throws(() => parseBaseline(text, 'b.json'), (error: Error) => {
        assert.ok(error instanceof BaselineError);
        assert.ok(error.message.startsWith(`Baseline b.json: ${expected}`), error.message);
        return true;
      });
    }
  });
});

describe('applyBaseline', () => {
  it('removes recorded findings and recomputes the summary', () => {
    const report = sampleReport();
    const recorded = report.findings.filter((f) => f.ruleId === 'no-context-passthrough' || f.ruleId === 'no-tier-skip');
    const result = applyBaseline(report, parseBaseline(writeBaseline(recorded), 'b.json'));
    assert.deepEqual(result.findings.map((f) => f.ruleId), [
      'require-boundary-contract', 'preserve-reshimu', 'no-sensitive-exposure', 'no-upward-dependency',
    ]);
    assert.deepEqual(result.summary, { ...report.summary, findings: { error: 3, warning: 1 }, suppressed: 2 });
    assert.equal(report.findings.length, 6, 'the input report is not changed');
  });

  it('matches on rule, file and fingerprint, not on line', () => {
    const report = sampleReport();
    const baseline = parseBaseline(writeBaseline(report.findings), 'b.json');
    const moved = sampleReport();
    for (const finding of moved.findings) finding.line += 10;
    moved.findings[0]!.fingerprint = 'changed';
    const result = applyBaseline(moved, baseline);
    assert.deepEqual(result.findings.map((f) => f.fingerprint), ['changed']);
    assert.equal(result.summary.suppressed, 5);
  });

  it('treats entries as a multiset', () => {
    const report = sampleReport();
    const twin = { ...report.findings[0]!, line: 99 };
    report.findings.push(twin);
    const once = applyBaseline(report, { version: 1, findings: [{ ruleId: twin.ruleId, file: twin.file, fingerprint: twin.fingerprint }] });
    assert.equal(once.findings.filter((f) => f.fingerprint === twin.fingerprint).length, 1);
    assert.equal(once.summary.suppressed, 1);
    const twice = applyBaseline(report, parseBaseline(writeBaseline([twin, twin]), 'b.json'));
    assert.equal(twice.findings.filter((f) => f.fingerprint === twin.fingerprint).length, 0);
    assert.deepEqual(twice.summary.findings, { error: 3, warning: 2 });
  });
});
