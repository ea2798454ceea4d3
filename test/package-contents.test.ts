import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../index.js';
import { repoRoot } from './support/paths.js';

interface PackEntry {
  path: string;
}

/** The file list `npm pack` would publish; scripts are skipped so packing does not rebuild dist/. */
function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const [pack] = JSON.parse(result.stdout) as { files: PackEntry[] }[];
  return pack!.files.map((f) => f.path).sort();
}

describe('the published package', () => {
  const files = packedFiles();
  const shipped = new Set(files);

  it('holds only dist (without tests, bench, test helpers and source maps), bin, schema, docs and index.cjs', () => {
    const allowed = /^(dist\/.+\.(js|cjs|d\.ts|d\.cts)|bin\/tzimtzum\.js|schema\/.+\.json|docs\/.+\.md|index\.cjs|package\.json|README\.md|LICENSE)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
    assert.deepEqual(files.filter((f) => /^dist\/(test|bench)\//.test(f)), []);
    assert.deepEqual(files.filter((f) => /\.test\.|test-support\//.test(f)), []);
  });

  it('holds every entry point package.json names, and a docs page per rule', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
      types: string;
      bin: Record<string, string>;
      exports: Record<string, string | Record<string, string>>;
    };
    const entries = [manifest.main, manifest.types, ...Object.values(manifest.bin)];
    for (const target of Object.values(manifest.exports)) entries.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    for (const entry of entries) assert.ok(shipped.has(entry.replace(/^\.\//, '')), `${entry} is not in the package`);
    assert.ok(shipped.has('dist/bin/cli.js'), 'the CLI that bin/tzimtzum.js loads');
    for (const id of Object.keys(rules)) assert.ok(shipped.has(`docs/rules/${id}.md`), `docs/rules/${id}.md`);
  });

  it('ships every module that a shipped module imports', () => {
    const missing: string[] = [];
    let imports = 0;
    for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
      const source = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        imports++;
        const target = path.posix.join(path.posix.dirname(file), match[1]!);
        if (!shipped.has(target)) missing.push(`${file} → ${target}`);
      }
    }
    assert.ok(imports > 100, `only ${imports} relative imports seen: the import pattern no longer matches the build output`);
    assert.deepEqual(missing, []);
  });
});
