import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from './support/run-cli.js';

const tempDirs: string[] = [];
after(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-precommit-'));
  tempDirs.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
}

/** A three-tier project under `prefix` of a fresh git repository, committed clean. */
function committedProject(prefix = ''): string {
  const repo = tempDir();
  write(path.join(repo, prefix), {
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true }, include: ['src'] }),
    'tzimtzum.config.json': JSON.stringify({
      tiers: [
        { name: 'orchestrator', include: ['src/orchestrator/**'] },
        { name: 'workflow', include: ['src/workflow/**'] },
        { name: 'implementation', include: ['src/tools/**'] },
      ],
    }),
    ...clean,
  });
  git(repo, 'init', '-q');
  git(repo, 'config', 'user.name', 'tzimtzum test');
  git(repo, 'config', 'user.email', 'test@tzimtzum.invalid');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'clean');
  return repo;
}

const clean = {
  'src/orchestrator/main.ts': `import { step } from '../workflow/step.js';\nexport function main(goal: string) { return step(goal); }\n`,
  'src/workflow/step.ts': `import { tool } from '../tools/tool.js';\nexport function step(goal: string) { return tool(goal); }\n`,
  'src/tools/tool.ts': `export function tool(query: string) { return query.length; }\n`,
};

/** Each an upward call into the orchestrator: an error finding. */
const violations = {
  'src/tools/tool.ts': `import { main } from '../orchestrator/main.js';\nexport function tool(query: string): number {\n  return query ? query.length : main('again');\n}\n`,
  'src/workflow/step.ts': `import { tool } from '../tools/tool.js';\nimport { main } from '../orchestrator/main.js';\nexport function step(goal: string): number {\n  return goal ? tool(goal) : main('again');\n}\n`,
};

type Finding = { ruleId: string; file: string; line: number; column: number };
const located = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('tzimtzum audit --changed (the pre-commit hook)', () => {
  it('reports the staged violation (exit 1), then nothing once the fix is staged (exit 0); an unstaged violation is never reported', async () => {
    const repo = committedProject();
    write(repo, { 'src/tools/tool.ts': violations['src/tools/tool.ts'] });
    git(repo, 'add', 'src/tools/tool.ts');
    write(repo, { 'src/workflow/step.ts': violations['src/workflow/step.ts'] });

    const staged = await runCli(['audit', '--changed', '-f', 'json'], { cwd: repo });
    assert.equal(staged.code, 1, staged.stderr);
    assert.deepEqual(located(staged.stdout), ['src/tools/tool.ts:3:38 no-upward-dependency']);

    const text = await runCli(['audit', '--changed'], { cwd: repo });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^src\/tools\/tool\.ts\n {2}3:38 +error +Upward dependency: tool \(implementation\) calls main \(orchestrator\)/m);
    assert.doesNotMatch(text.stdout, /step\.ts/);

    write(repo, { 'src/tools/tool.ts': clean['src/tools/tool.ts'] });
    git(repo, 'add', 'src/tools/tool.ts');
    const fixed = await runCli(['audit', '--changed', '-f', 'json'], { cwd: repo });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.deepEqual(located(fixed.stdout), []);
  });

  it('also reports the findings under explicit paths', async () => {
    const repo = committedProject();
    write(repo, violations);
    git(repo, 'add', 'src/tools/tool.ts');
    const run = await runCli(['audit', '--changed', 'src/workflow', '-f', 'json'], { cwd: repo });
    assert.equal(run.code, 1);
    assert.deepEqual(located(run.stdout), ['src/tools/tool.ts:3:38 no-upward-dependency', 'src/workflow/step.ts:4:35 no-upward-dependency']);
  });

  it('maps the staged paths to the folder of a tsconfig below the repository root', async () => {
    const repo = committedProject('packages/app');
    write(path.join(repo, 'packages/app'), { 'src/tools/tool.ts': violations['src/tools/tool.ts'] });
    git(repo, 'add', '-A');
    const run = await runCli(['audit', '--changed', '-p', 'packages/app/tsconfig.json', '-f', 'json'], { cwd: repo });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(located(run.stdout), ['src/tools/tool.ts:3:38 no-upward-dependency']);
  });

  it('outside a git repository it is a clear error, exit 2', async () => {
    const dir = tempDir();
    write(dir, { 'tsconfig.json': JSON.stringify({ include: ['src'] }), ...clean });
    const run = await runCli(['audit', '--changed'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tzimtzum: .*tzimtzum-precommit-\w+: --changed needs a git repository: not a git repository/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
