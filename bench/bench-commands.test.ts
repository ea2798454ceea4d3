import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir } from '../test/support/temp-dir.js';
import { auditCommand, missedPlanted } from './bench-commands.js';
import type { GeneratedProject } from './generate-project.js';
import { measureOnce } from './measure.js';

const dir = makeTempDir('tzimtzum-commands-test-');

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

describe('the bench checks the findings it planted', () => {
  const planted = [
    { kind: 'secret-in-prompt' as const, file: 'src/a.ts', symbol: 'a' },
    { kind: 'secret-in-prompt' as const, file: 'src/b.ts', symbol: 'b' },
    { kind: 'tier-skip' as const, file: 'src/a.ts', symbol: 'a' },
  ];

  it('names each kind whose planted issues have no finding of its rule in their file', () => {
    assert.deepEqual(
      missedPlanted(planted, [
        { ruleId: 'no-sensitive-exposure', file: 'src/a.ts' },
        { ruleId: 'no-sensitive-exposure', file: 'src/c.ts' },
        { ruleId: 'no-upward-dependency', file: 'src/a.ts' },
      ]),
      ['secret-in-prompt: 1 of 2 found (no-sensitive-exposure)', 'tier-skip: 0 of 1 found (no-tier-skip)'],
    );
    assert.deepEqual(missedPlanted(planted, [{ ruleId: 'no-sensitive-exposure', file: 'src/a.ts' }, { ruleId: 'no-sensitive-exposure', file: 'src/b.ts' }, { ruleId: 'no-tier-skip', file: 'src/a.ts' }]), []);
  });

  it('a report without the planted findings does not count as a run', async () => {
    const bin = fakeCli('finds-nothing.mjs', '{"schemaVersion":1,"findings":[]}', 0);
    const reportPath = join(dir, 'report.json');
    await assert.rejects(measureOnce(auditCommand({ ...project, planted }, reportPath, bin)), /missed planted issues: secret-in-prompt: 0 of 2 found/);
  });
});
