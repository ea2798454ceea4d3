import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from './support/paths.js';
import { makeTempDir } from './support/temp-dir.js';

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: unknown;
}

const workflow = parse(fs.readFileSync(path.join(repoRoot, '.github/workflows/tzimtzum-example.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs)[0]!.steps;
const audit = steps.find((step) => step.id === 'audit')!;
const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
const UPLOAD_IF = "${{ !cancelled() && hashFiles('tzimtzum.sarif') != '' }}";

/** Runs a `run:` script as the GitHub runner does (`bash --noprofile --norc -eo pipefail`), in a folder that sees this checkout. */
function runStep(script: string): { status: number | null; dir: string } {
  const dir = makeTempDir('tzimtzum-ci-');
  for (const entry of ['bin', 'dist', 'fixtures', 'node_modules', 'package.json']) fs.symlinkSync(path.join(repoRoot, entry), path.join(dir, entry));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, dir };
}

describe('the GitHub Actions example uploads SARIF when there are findings', () => {
  it('the upload step runs after a failed audit step, and only when the report was written', () => {
    assert.ok(audit?.run && upload, 'an audit step with id "audit" and an upload-sarif step');
    assert.equal(audit['continue-on-error'], undefined);
    assert.equal(upload.if, UPLOAD_IF);
    assert.deepEqual(upload.with, { sarif_file: 'tzimtzum.sarif', category: 'tzimtzum' });
    assert.ok(steps.indexOf(upload) > steps.indexOf(audit));
    assert.equal(workflow.permissions['security-events'], 'write');
  });

  it('under bash -eo pipefail the audit step exits 1 on error findings and leaves the whole SARIF report', () => {
    const { status, dir } = runStep(audit.run!);
    assert.equal(status, 1);
    const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot, 'fixtures/openai-agents-triage/expected.json'), 'utf8')) as { findings: unknown[] };
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs[0]!.results.length, fixture.findings.length);
  });

  it('when the audit cannot run (exit 2) there is no report, so nothing is uploaded', () => {
    const { status, dir } = runStep(audit.run!.replace(/-p \S+/, '-p missing/tsconfig.json'));
    assert.equal(status, 2);
    assert.equal(fs.existsSync(path.join(dir, 'tzimtzum.sarif')), false);
  });

  it('docs/reports.md shows the same two steps, with npx and the default tsconfig', () => {
    const docs = fs.readFileSync(path.join(repoRoot, 'docs/reports.md'), 'utf8');
    const block = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes('upload-sarif'));
    assert.ok(block, 'a yaml block with the upload step');
    const [docsAudit, docsUpload] = parse(block) as Step[];
    assert.equal(docsAudit!.run, audit.run!.replace('node bin/tzimtzum.js', 'npx tzimtzum').replace(/ -p \S+/, ''));
    assert.equal(docsUpload!.if, UPLOAD_IF);
    assert.equal(docsUpload!.uses, upload.uses);
    assert.deepEqual(docsUpload!.with, upload.with);
  });
});
