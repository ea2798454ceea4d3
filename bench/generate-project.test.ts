import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeProject } from '../analyzer/index.js';
import { missedPlanted } from './bench-commands.js';
import { BENCH_SHAPES } from './bench-shapes.js';
import { generateProject } from './generate-project.js';
import { MIN_FILES, planProject } from './project-plan.js';

const TSC = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
const dir = mkdtempSync(join(tmpdir(), 'tzimtzum-generate-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function tree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(root, path), readFileSync(path, 'utf8')];
    }),
  );
}

describe('generateProject', () => {
  const project = generateProject({ files: 30, outDir: join(dir, 'p30') });

  it('writes exactly the files asked for under src/', () => {
    const sources = [...tree(project.outDir).keys()].filter((path) => path.startsWith('src/'));
    assert.equal(sources.length, 30);
    assert.equal(project.files, 30);
  });

  it('produces a project that tsc --noEmit accepts', () => {
    const result = spawnSync(process.execPath, [TSC, '--noEmit', '-p', project.tsconfig], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('declares the five tiers, top first, by globs', () => {
    const config = JSON.parse(readFileSync(project.config, 'utf8')) as { tiers: { name: string; include: string[] }[] };
    assert.deepEqual(config.tiers, [
      { name: 'orchestrator', include: ['src/orchestrator/**'] },
      { name: 'council', include: ['src/council/**'] },
      { name: 'design', include: ['src/design/**'] },
      { name: 'workflow', include: ['src/workflow/**'] },
      { name: 'implementation', include: ['src/implementation/**'] },
    ]);
  });

  it('is deterministic for a seed and varies with it', () => {
    const again = generateProject({ files: 30, outDir: join(dir, 'again') });
    assert.deepEqual(tree(again.outDir), tree(project.outDir));
    assert.deepEqual(again.planted, project.planted);
    const other = generateProject({ files: 30, seed: 1, outDir: join(dir, 'other') });
    assert.notDeepEqual(tree(other.outDir), tree(project.outDir));
  });

  it('plants every kind of undesigned boundary in a larger project', () => {
    const large = generateProject({ files: 300, outDir: join(dir, 'p300') });
    const kinds = new Set(large.planted.map((issue) => issue.kind));
    assert.deepEqual(
      [...kinds].sort(),
      ['any-parameter', 'context-passthrough', 'intent-dropped', 'secret-in-prompt', 'tier-skip', 'upward-call'],
    );
    for (const issue of large.planted) {
      assert.ok(readFileSync(join(large.outDir, issue.file), 'utf8').includes(`function ${issue.symbol}(`));
    }
  });

  for (const shape of BENCH_SHAPES) {
    it(`plants only issues the audit finds, in the ${shape} shape`, () => {
      const generated = generateProject({ files: 120, outDir: join(dir, `found-${shape}`), shape });
      const { analysis, rootDir } = analyzeProject({ tsconfig: generated.tsconfig });
      const findings = analysis.findings.map((finding) => ({ ruleId: finding.ruleId, file: relative(rootDir, finding.sourceFile.fileName) }));
      assert.ok(generated.planted.some((issue) => issue.kind === 'secret-in-prompt'));
      assert.equal(generated.planted.some((issue) => issue.kind === 'intent-dropped'), shape !== 'home-grown');
      assert.deepEqual(missedPlanted(generated.planted, findings), []);
    });
  }

  it('never plants a dropped goal on a call that hands down the whole context (the goal goes with it)', () => {
    const calls = planProject(5000, 20240611).tiers.flat().flatMap((module) => [...module.calls, ...module.contextCalls]);
    assert.ok(calls.some((call) => call.dropsIntent));
    assert.deepEqual(calls.filter((call) => call.dropsIntent && call.style === 'context'), []);
  });

  it(`refuses fewer than ${MIN_FILES} files`, () => {
    assert.throws(() => generateProject({ files: MIN_FILES - 1, outDir: join(dir, 'small') }), RangeError);
  });
});
