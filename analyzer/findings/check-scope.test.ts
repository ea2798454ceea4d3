import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeProgram } from '../analyze.js';
import { resolveConfig } from '../config/load-config.js';
import { loadProgram } from '../program/load-program.js';
import { buildReport } from '../report/build-report.js';
import { ruleLevels } from '../report/rule-levels.js';
import { repoRoot } from '../../test/support/paths.js';

const fixture = path.join(repoRoot, 'fixtures', 'annotated-stack');
const reply = path.join(fixture, 'src', 'workflow', 'reply.ts');

describe('what the checks of one file need of the whole order', () => {
  const loaded = loadProgram(path.join(fixture, 'tsconfig.json'));
  const config = resolveConfig({ searchFrom: fixture });
  const analyze = () => analyzeProgram(loaded.program, config, loaded.rootDir);
  const replyFile = loaded.program.getSourceFile(reply)!;

  it("lints one file with that file's boundaries in source order, and gives no boundary or component an id", () => {
    const analysis = analyze();
    const findings = analysis.findingsIn(replyFile);
    const atBoundaries = findings.flatMap((finding) => finding.boundary ?? []);
    assert.ok(atBoundaries.length >= 2, 'the fixture has findings at boundaries in reply.ts');
    assert.deepEqual(
      atBoundaries.map((boundary) => boundary.id),
      atBoundaries.map(() => ''),
    );
    // The same findings, in the same order, as when the whole program is checked in the whole order.
    const whole = analyze();
    const inReply = whole.findings.filter((finding) => finding.sourceFile === replyFile);
    const at = (finding: { ruleId: string; start: number; message: string }) => `${finding.ruleId} ${finding.start} ${finding.message}`;
    assert.deepEqual(findings.map(at), inReply.map(at));
  });

  it('gives the ids in source order once the report reads the boundaries, before it names them in findings', () => {
    const analysis = analyze();
    const report = buildReport(analysis, { levels: ruleLevels(config.config) });
    assert.deepEqual(
      report.boundaries.map((boundary) => boundary.id),
      report.boundaries.map((_, i) => `b${i + 1}`),
    );
    assert.deepEqual(
      report.components.map((component) => component.id),
      report.components.map((_, i) => `c${i + 1}`),
    );
    const ids = new Set(report.boundaries.map((boundary) => boundary.id));
    const named = report.findings.flatMap((finding) => finding.boundary ?? []);
    assert.ok(named.length > 0);
    for (const id of named) assert.ok(ids.has(id), `finding names boundary '${id}'`);
    for (const boundary of report.boundaries) assert.ok(boundary.from && boundary.to, `${boundary.id} names its ends`);
  });
});
