import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { TOOL_VERSION } from '../analyzer/index.js';
import { repoRoot } from '../test/support/paths.js';
import { runCli } from '../test/support/run-cli.js';
import { main } from './cli.js';
import { USAGE } from './parse-args.js';
import { makeTempDir } from '../test/support/temp-dir.js';

function project(files: Record<string, string>): string {
  const dir = makeTempDir('tzimtzum-cli-');
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true }, include: ['src'] }),
    'tzimtzum.config.json': JSON.stringify({
      tiers: [
        { name: 'orchestrator', include: ['src/orchestrator/**'] },
        { name: 'workflow', include: ['src/workflow/**'] },
        { name: 'implementation', include: ['src/tools/**'] },
      ],
    }),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const cleanFiles = {
  'src/orchestrator/main.ts': `import { step } from '../workflow/step.js';\nexport function main(goal: string) { return step(goal); }\n`,
  'src/workflow/step.ts': `import { tool } from '../tools/tool.js';\nexport function step(goal: string) { return tool(goal); }\n`,
  'src/tools/tool.ts': `export function tool(query: string) { return query.length; }\n`,
};

describe('tzimtzum audit: exit codes and output', () => {
  it('exits 0 with no findings and says so', async () => {
    const dir = project(cleanFiles);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /no findings/);
    assert.match(run.stdout, /2 boundaries, 2 designed/);
  });

  it('exits 1 on an error-severity finding and groups it under its file', async () => {
    const dir = project({ ...cleanFiles, 'src/tools/tool.ts': `import { main } from '../orchestrator/main.js';\nexport function tool(query: string): number { return query ? query.length : main('again').valueOf(); }\n` });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^src\/tools\/tool\.ts\n {2}2:\d+ +error +Upward dependency: tool \(implementation\) calls main \(orchestrator\)/m);
  });

  it('exits 0 when the only findings are warnings', async () => {
    const dir = project({ ...cleanFiles, 'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) { return tool(goal); }\n` });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    assert.equal(run.code, 0);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity]), [['no-tier-skip', 'warning']]);
  });

  it('prints the JSON contract with schemaVersion 1', async () => {
    const dir = project(cleanFiles);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    const report = JSON.parse(run.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(report.tool, { name: 'tzimtzum', version: '0.1.0' });
    assert.deepEqual(report.tiers.map((t: { name: string; rank: number }) => [t.name, t.rank]), [['orchestrator', 0], ['workflow', 1], ['implementation', 2]]);
    assert.deepEqual(Object.keys(report.summary), ['components', 'boundaries', 'designed', 'findings']);
    assert.deepEqual(report.boundaries[0].checks, { declared: true, calibrated: true, preserving: true, directed: true });
  });

  it('colours the text only when asked, and never with NO_COLOR', async () => {
    const dir = project({ ...cleanFiles, 'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) { return tool(goal); }\n` });
    const tsconfig = path.join(dir, 'tsconfig.json');
    assert.doesNotMatch((await runCli(['audit', '-p', tsconfig])).stdout, /\u001b\[/);
    assert.match((await runCli(['audit', '-p', tsconfig], { env: { FORCE_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await runCli(['audit', '-p', tsconfig, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await runCli(['audit', '-p', tsconfig], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout, /\u001b\[/);
  });

  it('narrows reported findings to the given paths, analysing the whole program', async () => {
    const dir = project({ ...cleanFiles, 'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) { return tool(goal); }\n` });
    const tsconfig = path.join(dir, 'tsconfig.json');
    const other = await runCli(['audit', 'src/tools', '-p', tsconfig, '-f', 'json'], { cwd: dir });
    assert.equal(JSON.parse(other.stdout).findings.length, 0);
    const same = await runCli(['audit', 'src/orchestrator/main.ts', '-p', tsconfig, '-f', 'json'], { cwd: dir });
    assert.equal(JSON.parse(same.stdout).findings.length, 1);
  });

  it('writes the report to -o, creating the folder', async () => {
    const dir = project(cleanFiles);
    const out = path.join(dir, 'reports', 'nested', 'audit.json');
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', '-o', out]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).schemaVersion, 1);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['audit.json']);
  });
});

describe('tzimtzum audit: bad input is a clear error, never a stack trace', () => {
  it('a missing tsconfig exits 2 naming the file', async () => {
    const run = await runCli(['audit', '-p', '/nonexistent/tsconfig.json']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'tzimtzum: /nonexistent/tsconfig.json: tsconfig not found\n');
  });

  it('an unreadable tsconfig exits 2 naming the file', async () => {
    const dir = project({ ...cleanFiles, 'tsconfig.json': '{ "compilerOptions": ' });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tzimtzum: .*tsconfig\.json: /);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('invalid JSON in the config exits 2 with the file and the position', async () => {
    const dir = project({ ...cleanFiles, 'tzimtzum.config.json': '{\n  "tiers": [\n    { "name": "a", }\n  ]\n}\n' });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /tzimtzum\.config\.json: invalid JSON: .* at line 3, column \d+/);
  });

  it('a config value of the wrong type names the file, the JSON path and what was expected', async () => {
    const dir = project({ ...cleanFiles, 'tzimtzum.config.json': JSON.stringify({ tiers: [{ name: 'a', include: 'src/**' }], rules: { 'no-tier-skip': 'loud' } }) });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /tzimtzum\.config\.json: \$\.tiers\[0\]\.include: expected array; \$\.rules\["no-tier-skip"\]: expected one of "off", "warn", "error"\n$/);
  });

  it('an unknown config key is an error naming it', async () => {
    const dir = project({ ...cleanFiles, 'tzimtzum.config.json': JSON.stringify({ tier: [] }) });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\$: unknown property 'tier'/);
  });

  it('a @tier tag naming no declared tier exits 2 with file and line', async () => {
    const dir = project({ ...cleanFiles, 'src/tools/tool.ts': `/** @tier kitchen */\nexport function tool(query: string) { return query.length; }\n` });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /src\/tools\/tool\.ts:1: @tier 'kitchen' names no declared tier \(expected one of: orchestrator, workflow, implementation\)/);
  });

  it('a tier glob that matches no file is a warning, not a failure', async () => {
    const dir = project({ ...cleanFiles, 'tzimtzum.config.json': JSON.stringify({ tiers: [{ name: 'orchestrator', include: ['src/orchestrator/**'] }, { name: 'design', include: ['src/design/**'] }] }) });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout).diagnostics.filter((d: { severity: string }) => d.severity !== "info"), [
      { severity: 'warning', file: 'tzimtzum.config.json', line: 1, message: "tier 'design': glob 'src/design/**' matches no file" },
    ]);
  });

  it('syntax errors and unresolved imports are diagnostics; the rest is analysed', async () => {
    const dir = project({
      ...cleanFiles,
      'src/workflow/broken.ts': `export function broken( {\n`,
      'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nimport { ghost } from './ghost.js';\nexport function main(goal: string) { ghost(); return tool(goal); }\n`,
    });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    assert.equal(run.code, 0);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]), [['no-tier-skip', 3]]);
    assert.deepEqual(report.diagnostics.map((d: { file: string; message: string }) => `${d.file}: ${d.message.split(':')[0]}`).sort(), [
      'src/orchestrator/main.ts: cannot resolve import \'./ghost.js\'; calls through it are not followed',
      'src/workflow/broken.ts: syntax error',
    ]);
  });

  it('an any-typed callee is not followed and does not fail', async () => {
    const dir = project({ ...cleanFiles, 'src/orchestrator/main.ts': `export function main(goal: string, helper: any) { return helper.run(goal); }\n` });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    assert.equal(run.code, 0);
  });

  it('an unknown command or format exits 2 with the usage', async () => {
    const unknown = await runCli(['lint']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'lint'[\s\S]*Usage:/);
    const flag = await runCli(['audit', '--bogus']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /^tzimtzum: Unknown option '--bogus'[\s\S]*Usage:/);
    const dir = project(cleanFiles);
    const format = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'yaml']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format 'yaml'/);
  });
});

describe('tzimtzum audit --baseline: recorded findings are not reported, new ones are', () => {
  const upward = (body: string) => `import { main } from '../orchestrator/main.js';\n${body}`;

  it('an error finding recorded in the baseline exits 0; moved and renamed code stays suppressed; a new finding exits 1', async () => {
    const dir = project({ ...cleanFiles, 'src/tools/tool.ts': upward(`export function tool(query: string): number {\n  return main(query).length;\n}\n`) });
    const audit = async (...extra: string[]) => {
      const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', ...extra], { cwd: dir });
      const report = JSON.parse(run.stdout);
      return { code: run.code, stderr: run.stderr, findings: report.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`), summary: report.summary };
    };

    const first = await audit('--update-baseline', 'baseline.json');
    assert.equal(first.code, 1, 'writing the baseline does not hide the findings of this run');
    assert.deepEqual(first.findings, ['no-upward-dependency:3']);
    assert.equal(first.stderr, 'tzimtzum: baseline of 1 findings written to baseline.json\n');

    const baselined = await audit('--baseline', 'baseline.json');
    assert.equal(baselined.code, 0);
    assert.deepEqual(baselined.findings, []);
    assert.deepEqual(baselined.summary.findings, { error: 0, warning: 0 });
    assert.equal(baselined.summary.suppressed, 1);

    fs.writeFileSync(path.join(dir, 'src/tools/tool.ts'), upward(`// lines inserted above\nexport const limit = 3;\nexport function renamedTool(query: string): number {\n  return main(query).length;\n}\n`));
    const moved = await audit('--baseline', 'baseline.json');
    assert.equal(moved.code, 0, 'the recorded finding moved two lines down and its function was renamed');
    assert.equal(moved.summary.suppressed, 1);

    fs.writeFileSync(path.join(dir, 'src/tools/tool.ts'), upward(`export function renamedTool(query: string): number {\n  return main(query).length + main('again').length;\n}\n`));
    const added = await audit('--baseline', 'baseline.json');
    assert.equal(added.code, 1);
    assert.deepEqual(added.findings, ['no-upward-dependency:3']);
    assert.equal(added.summary.suppressed, 1);
  });

  it('a missing or broken baseline exits 2 naming the file', async () => {
    const dir = project(cleanFiles);
    const missing = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '--baseline', 'nope.json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, `tzimtzum: Cannot read baseline ${path.join(dir, 'nope.json')}: file not found\n`);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"version":2,"findings":[]}');
    const broken = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '--baseline', 'broken.json'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.equal(broken.stderr, `tzimtzum: Baseline ${path.join(dir, 'broken.json')}: "version" must be 1\n`);
  });
});

describe('tzimtzum: help, version, internal errors, colour and the reported paths', () => {
  const tierSkipping = { ...cleanFiles, 'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) { return tool(goal); }\n` };

  it('--help prints the usage and --version the version, exit 0', async () => {
    const help = await runCli(['--help']);
    assert.deepEqual([help.code, help.stdout, help.stderr], [0, `${USAGE}\n`, '']);
    const version = await runCli(['--version']);
    assert.deepEqual([version.code, version.stdout, version.stderr], [0, `${TOOL_VERSION}\n`, '']);
  });

  it('the installed binary runs on the process streams', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'tzimtzum.js'), '--version'], { encoding: 'utf8' });
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, `${TOOL_VERSION}\n`, '']);
  });

  it('an internal error is one line and exit 2; TZIMTZUM_DEBUG adds the stack', async () => {
    const failing = () => {
      throw new Error('boom');
    };
    const quiet = await runCli(['audit', '-p', 'tsconfig.json'], { loadProgram: failing });
    assert.deepEqual([quiet.code, quiet.stderr], [2, 'tzimtzum: internal error: boom (set TZIMTZUM_DEBUG=1 for details)\n']);
    const debug = await runCli(['audit', '-p', 'tsconfig.json'], { loadProgram: failing, env: { TZIMTZUM_DEBUG: '1' } });
    assert.equal(debug.code, 2);
    assert.match(debug.stderr, /^tzimtzum: internal error: boom\nError: boom\n {4}at /);
  });

  it('names every format it has when given one it does not', async () => {
    const dir = project(cleanFiles);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'yaml']);
    assert.equal(run.stderr, "tzimtzum: unknown format 'yaml' for audit (expected text, json, sarif, markdown, html)\n");
  });

  it('-f markdown prints the Markdown report', async () => {
    const dir = project(tierSkipping);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'markdown']);
    assert.match(run.stdout, /^## tzimtzum audit\n/);
    assert.match(run.stdout, /```mermaid/);
  });

  it('-c reads the config file given instead of the one found beside the tsconfig', async () => {
    const dir = project(tierSkipping);
    fs.writeFileSync(path.join(dir, 'quiet.json'), JSON.stringify({ tiers: [{ name: 'all', include: ['src/**'] }] }));
    const found = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    const given = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-c', 'quiet.json', '-f', 'json'], { cwd: dir });
    // why: beside the tsconfig, main (orchestrator) calls tool (implementation), skipping workflow; in quiet.json all is one tier.
    assert.deepEqual(JSON.parse(found.stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['no-tier-skip']);
    assert.deepEqual(JSON.parse(given.stdout).findings, []);
  });

  it('colour: an empty NO_COLOR does not turn it off, FORCE_COLOR=0 does not turn it on, a terminal does unless writing to a file', async () => {
    const tsconfig = path.join(project(tierSkipping), 'tsconfig.json');
    assert.match((await runCli(['audit', '-p', tsconfig], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await runCli(['audit', '-p', tsconfig], { env: { FORCE_COLOR: '0' } })).stdout, /\u001b\[/);
    const onTerminal = await runOnTerminal(['audit', '-p', tsconfig]);
    assert.match(onTerminal.stdout, /\u001b\[/);
    // why: a terminal on stderr gets one progress line: 3 files read, 2 boundaries (main → tool, step → tool).
    assert.equal(onTerminal.stderr, 'tzimtzum: 3 files read, 2 boundaries analysed\n');
    const out = path.join(path.dirname(tsconfig), 'audit.txt');
    await runOnTerminal(['audit', '-p', tsconfig, '-o', out]);
    assert.doesNotMatch(fs.readFileSync(out, 'utf8'), /\u001b\[/);
  });

  it('reports the findings of a folder given as a path, of several paths, and refuses a path that does not exist', async () => {
    const dir = project(tierSkipping);
    const tsconfig = path.join(dir, 'tsconfig.json');
    const ids = async (...paths: string[]) => JSON.parse((await runCli(['audit', ...paths, '-p', tsconfig, '-f', 'json'], { cwd: dir })).stdout).findings.map((f: { file: string }) => f.file);
    // why: the one finding (the tier skip) is in src/orchestrator/main.ts.
    assert.deepEqual(await ids('src/orchestrator'), ['src/orchestrator/main.ts']);
    assert.deepEqual(await ids('src/tools', 'src/orchestrator'), ['src/orchestrator/main.ts']);
    // why: src/orchestra is a folder of its own, not a prefix of src/orchestrator.
    fs.mkdirSync(path.join(dir, 'src/orchestra'));
    assert.deepEqual(await ids('src/orchestra'), []);
    const missing = await runCli(['audit', 'src/nowhere', '-p', tsconfig], { cwd: dir });
    assert.deepEqual([missing.code, missing.stderr], [2, `tzimtzum: ${path.join(dir, 'src/nowhere')}: no such file or folder\n`]);
  });
});

/** Runs the CLI in-process as if both streams were a terminal. */
async function runOnTerminal(args: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const terminal = (append: (chunk: string) => void) =>
    Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          append(String(chunk));
          callback();
        },
      }),
      { isTTY: true },
    );
  await main(args, { stdout: terminal((c) => (stdout += c)), stderr: terminal((c) => (stderr += c)), env: {}, cwd: process.cwd() });
  return { stdout, stderr };
}
