import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { rules } from '../index.js';
import { repoRoot } from './support/paths.js';

const REQUIRED_SECTIONS = ['## What it flags', '## Incorrect', '## Correct', '## Options', '## When not to use it'];
const docGenerator = path.join(repoRoot, 'node_modules', 'eslint-doc-generator', 'dist', 'bin', 'eslint-doc-generator.js');
const ruleIds = Object.keys(rules) as (keyof typeof rules)[];

function docPath(id: string, root = repoRoot): string {
  return path.join(root, 'docs', 'rules', `${id}.md`);
}

function checkDocs(cwd: string) {
  return spawnSync(process.execPath, [docGenerator, '--check'], { cwd, encoding: 'utf8' });
}

describe('rule docs', () => {
  for (const id of ruleIds) {
    describe(id, () => {
      it(`has docs/rules/${id}.md with the five sections, in order`, () => {
        const lines = fs.readFileSync(docPath(id), 'utf8').split('\n');
        const sections = lines.filter((line) => line.startsWith('## '));
        assert.deepEqual(sections.filter((line) => REQUIRED_SECTIONS.includes(line)), REQUIRED_SECTIONS);
      });

      it('meta.docs.url points at its page and meta.docs.requiresTypeChecking is true', () => {
        const docs = rules[id].meta.docs;
        assert.ok(docs, 'meta.docs is missing');
        assert.ok(docs.url?.endsWith(`docs/rules/${id}.md`), `meta.docs.url is ${docs.url}`);
        assert.equal(docs.requiresTypeChecking, true);
      });
    });
  }

  it('every page under docs/rules belongs to a rule', () => {
    const pages = fs.readdirSync(path.join(repoRoot, 'docs', 'rules')).map((file) => path.basename(file, '.md'));
    assert.deepEqual(pages.sort(), [...ruleIds].sort());
  });

  it('the README rules list links every rule', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const id of ruleIds) assert.ok(readme.includes(`[${id}](docs/rules/${id}.md)`), `README does not list ${id}`);
  });
});

describe('eslint-doc-generator --check: the README rules list and the doc headers never drift', () => {
  const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-docs-'));
  after(() => fs.rmSync(stale, { recursive: true, force: true }));

  it('passes on the repository (run `npm run docs` when it does not)', () => {
    const run = checkDocs(repoRoot);
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });

  it('fails when a rule description changed but the README was not regenerated', () => {
    for (const file of ['package.json', 'index.cjs', '.eslint-doc-generatorrc.js']) fs.copyFileSync(path.join(repoRoot, file), path.join(stale, file));
    for (const dir of ['dist', 'node_modules']) fs.symlinkSync(path.join(repoRoot, dir), path.join(stale, dir), 'dir');
    fs.cpSync(path.join(repoRoot, 'docs'), path.join(stale, 'docs'), { recursive: true });
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const description = rules['no-tier-skip'].meta.docs!.description;
    fs.writeFileSync(path.join(stale, 'README.md'), readme.replace(description, 'Disallow something else'));
    const run = checkDocs(stale);
    assert.equal(run.status, 1, `${run.stdout}${run.stderr}`);
    assert.match(run.stderr + run.stdout, /The rules table in README\.md is out-of-date/);
  });
});
