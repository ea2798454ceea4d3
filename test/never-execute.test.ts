import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from '../analyzer/typescript.cjs';
import { ruleLevels } from '../analyzer/report/rule-levels.js';
import { USAGE } from '../bin/parse-args.js';
import { lintFixture } from './support/lint-fixture.js';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/run-cli.js';

/**
 * fixtures/never-execute writes to $TZIMTZUM_MARKER from its top-level code, a JS config next to
 * tzimtzum.config.json, an eslint.config.js and a postinstall script: if anything tzimtzum does
 * imports, requires or evaluates the analysed code, the marker appears (DESIGN.md §9).
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-never-execute-'));
const project = path.join(work, 'project');
const marker = path.join(work, 'marker');
const defaultMarker = '/tmp/tzimtzum-marker';
const defaultMarkerExisted = fs.existsSync(defaultMarker);

/** The commands of the `Command` type in bin/parse-args.ts, read from its source so a new command is covered when it lands. */
function cliCommands(): string[] {
  const file = path.join(repoRoot, 'bin', 'parse-args.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const alias = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'Command');
  assert.ok(alias && ts.isUnionTypeNode(alias.type), 'bin/parse-args.ts has no `type Command = ... | ...`');
  return alias.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : assert.fail(`Command member ${t.getText(source)}`)));
}

/** The formats USAGE lists for a command (`-f json|dot|mermaid`), or one run without `-f`. */
function formatsOf(command: string): Array<string | undefined> {
  const line = USAGE.split('\n\n')[0]!.split(/\n(?=\s+tzimtzum )/).find((entry) => entry.trim().startsWith(`tzimtzum ${command} `));
  const formats = /-f ([\w|]+)\]/.exec(line ?? '')?.[1];
  return formats ? formats.split('|') : [undefined];
}

function copyOfProject(name: string): string {
  const dir = path.join(work, name);
  fs.cpSync(project, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

function assertNothingRan(): void {
  assert.equal(fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '', '', 'analysed code was executed');
  if (!defaultMarkerExisted) assert.equal(fs.existsSync(defaultMarker), false, `${defaultMarker} appeared`);
}

describe('tzimtzum never executes the code it analyses (fixtures/never-execute)', () => {
  before(() => {
    fs.cpSync(path.join(repoRoot, 'fixtures', 'never-execute'), project, { recursive: true });
    // The real packages (@types/node) resolve as in the fixture; only the copy is ever written to.
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    process.env.TZIMTZUM_MARKER = marker;
  });
  after(() => {
    delete process.env.TZIMTZUM_MARKER;
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('the CLI knows the commands it is asked to run', () => {
    assert.ok(cliCommands().includes('audit'));
    assert.deepEqual(formatsOf('audit'), ['text', 'json', 'sarif', 'markdown', 'html']);
  });

  for (const command of cliCommands()) {
    for (const format of formatsOf(command)) {
      it(`tzimtzum ${command}${format ? ` -f ${format}` : ''}`, async () => {
        const out = path.join(work, 'out', `${command}.${format ?? 'out'}`);
        // init rewrites the config next to the tsconfig: it gets a copy of its own, and --force.
        const dir = command === 'init' ? copyOfProject('init') : project;
        const args = [command, '-p', path.join(dir, 'tsconfig.json'), ...(format ? ['-f', format, '-o', out] : []), ...(command === 'init' ? ['--force'] : [])];
        const run = await runCli(args, { cwd: dir, env: { TZIMTZUM_MARKER: marker } });
        assert.ok([0, 1].includes(run.code), run.stderr);
        if (command === 'audit') assert.ok(fs.statSync(out).size > 0);
        assertNothingRan();
      });
    }
  }

  it('audit with --update-baseline and --baseline', async () => {
    const baseline = path.join(work, 'baseline.json');
    const tsconfig = path.join(project, 'tsconfig.json');
    assert.equal((await runCli(['audit', '-p', tsconfig, '-f', 'json', '--update-baseline', baseline], { cwd: project })).code, 0);
    assert.equal((await runCli(['audit', '-p', tsconfig, '--baseline', baseline], { cwd: project })).code, 0);
    assertNothingRan();
  });

  it('the installed binary, as a child process, with the marker in its environment', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'tzimtzum.js'), 'audit', '-p', 'tsconfig.json', '-f', 'json'], {
      cwd: project,
      env: { ...process.env, TZIMTZUM_MARKER: marker },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> };
    // The analysis did read the code that would have run.
    assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['no-tier-skip src/orchestrator/main.ts:11']);
    assertNothingRan();
  });

  it('the ESLint rules over the project', async () => {
    const { findings, fatal } = await lintFixture(project, path.join(project, 'tsconfig.json'), ruleLevels({}));
    assert.deepEqual(fatal, []);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['no-tier-skip src/orchestrator/main.ts:11']);
    assertNothingRan();
  });
});
