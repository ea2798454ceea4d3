import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { HOSTILE_FILE, HOSTILE_STRING, writeHostileProject } from '../support/hostile-project.js';
import { writeTempProject } from '../support/temp-project.js';
import { makeTempDir } from '../support/temp-dir.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'];

const project = () =>
  writeTempProject({
    'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) {\n  return tool(goal);\n}\n`,
    'src/tools/tool.ts': `export function tool(query: string) { return query.length; }\n`,
  });

/** Every file and folder under `dir`, relative, sorted. */
function listTree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();
}

describe('-o: the report goes to that path and nowhere else', () => {
  for (const format of FORMATS) {
    it(`-f ${format} -o into a missing folder creates it, and writes nothing else`, async () => {
      const dir = project();
      const outRoot = makeTempDir('tzimtzum-out-');
      const before = listTree(dir);
      const out = path.join(outRoot, 'new', 'deeper', `report.${format}`);
      const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', format, '-o', out], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '');
      assert.deepEqual(listTree(dir), before, 'the project folder changed');
      assert.deepEqual(listTree(outRoot), ['new', 'new/deeper', `new/deeper/report.${format}`]);
      assert.ok(fs.statSync(out).size > 0);
    });
  }

  it('-o naming an existing directory exits 2 naming the file, and leaves it and its folder as they were', async () => {
    const dir = project();
    const target = path.join(dir, 'reports');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'kept');
    const before = listTree(dir);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', '-o', target], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `tzimtzum: ${target}: cannot write (EISDIR)\n`);
    assert.deepEqual(listTree(dir), before, 'a temporary file was left behind');
  });

  it('-o under a regular file (the folder cannot be created) exits 2 naming the file', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    const before = listTree(dir);
    const target = path.join(dir, 'not-a-folder', 'report.json');
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', '-o', target], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`^tzimtzum: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write \\((ENOTDIR|EEXIST)\\)\\n$`));
    assert.deepEqual(listTree(dir), before);
  });

  // Permission bits do not stop root (CI runs as root); /proc refuses new files to every user.
  it('-o into a folder that refuses new files, even to root, exits 2 naming the file', { skip: fs.existsSync('/proc/self') ? false : 'no /proc on this system' }, async () => {
    const dir = project();
    const before = listTree(dir);
    const target = path.join('/proc', `tzimtzum-report-${process.pid}.json`);
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', '-o', target], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`^tzimtzum: ${target}: cannot write \\((ENOENT|EACCES|EPERM|EROFS)\\)\\n$`));
    assert.equal(run.stdout, '');
    assert.equal(fs.existsSync(target), false);
    assert.deepEqual(listTree(dir), before);
  });

  it('-o into a read-only folder exits 2 naming the file, no temporary file left', { skip: process.getuid?.() === 0 ? 'root writes into read-only folders' : false }, async () => {
    const dir = project();
    const readOnly = path.join(dir, 'locked');
    fs.mkdirSync(readOnly, { mode: 0o555 });
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json', '-o', path.join(readOnly, 'report.json')], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /locked\/report\.json: cannot write \(EACCES\)/);
    assert.deepEqual(fs.readdirSync(readOnly), []);
  });
});

describe('hostile names and strings through the real CLI, every format', () => {
  const dir = writeHostileProject();
  const audit = async (format: string) => {
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', format, '--no-color'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    return run.stdout;
  };

  it('json parses back, with the file name and the hostile strings intact', async () => {
    const report = JSON.parse(await audit('json'));
    assert.deepEqual([...new Set(report.findings.map((f: { file: string }) => f.file))], [HOSTILE_FILE]);
    assert.ok(report.findings.some((f: { message: string }) => f.message.includes(HOSTILE_STRING) && f.message.includes('\u001b[31m')));
    assert.deepEqual(report.components.map((c: { name: string }) => c.name), ['главный', '計画']);
  });

  it('sarif parses back; its URIs are encoded and decode to the file name', async () => {
    const sarif = JSON.parse(await audit('sarif'));
    const uris: string[] = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.equal(uris.length, 3);
    for (const uri of uris) {
      assert.doesNotMatch(uri, /[\s"<>]/);
      assert.equal(decodeURIComponent(uri), HOSTILE_FILE);
    }
  });

  it('text has no raw control characters from the code, and shows them as escapes', async () => {
    const text = await audit('text');
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    assert.ok(text.includes('esc\\u001b[31mred\\u001b[0m\\u0007'), text);
    assert.ok(text.includes(HOSTILE_FILE));
  });

  it('markdown and html carry no live markup from the code', async () => {
    for (const format of ['markdown', 'html']) {
      const out = await audit(format);
      assert.ok(!out.includes('<img src=x'), `${format}: raw <img>`);
      assert.ok(!out.includes(`<b>.ts`), `${format}: raw file name markup`);
    }
  });
});
