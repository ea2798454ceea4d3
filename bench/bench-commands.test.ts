import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { auditCommand } from './bench-commands.js';
import type { GeneratedProject } from './generate-project.js';
import { measureOnce } from './measure.js';

const dir = mkdtempSync(join(tmpdir(), 'tzimtzum-commands-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const project: GeneratedProject = {
  outDir: dir,
  tsconfig: join(dir, 'tsconfig.json'),
  config: join(dir, 'tzimtzum.config.json'),
  files: 0,
  planted: [],
};

/** A stand-in CLI: writes `report` (if any) to the `-o` path, then exits with `code`. */
function fakeCli(name: string, report: string | null, code: number): string {
  const path = join(dir, name);
  const write = report === null ? '' : `writeFileSync(process.argv[process.argv.indexOf('-o') + 1], ${JSON.stringify(report)});`;
  writeFileSync(path, `import { writeFileSync } from 'node:fs';\n${write}\nprocess.exitCode = ${code};\n`);
  return path;
}

describe('auditCommand', () => {
  const reportPath = join(dir, 'report.json');

  it('counts exit 1 with a JSON report as findings, not failure', async () => {
    const bin = fakeCli('findings.mjs', '{"schemaVersion":1}', 1);
    const sample = await measureOnce(auditCommand(project, reportPath, bin));
    assert.equal(sample.exitCode, 1);
  });

  it('counts exit 1 without a report as a crash', async () => {
    const bin = fakeCli('crash.mjs', null, 1);
    await assert.rejects(measureOnce(auditCommand(project, reportPath, bin)), /no JSON report was written/);
  });

  it('counts exit 2 as a failure', async () => {
    const bin = fakeCli('config-error.mjs', '{"schemaVersion":1}', 2);
    await assert.rejects(measureOnce(auditCommand(project, reportPath, bin)), /exit code 2/);
  });

  it('rejects a report that is not JSON', async () => {
    const bin = fakeCli('garbled.mjs', 'Findings: 3', 0);
    await assert.rejects(measureOnce(auditCommand(project, reportPath, bin)), /does not parse/);
  });
});
