import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { lintMessages, type LintResultLike } from './support/eslint-messages.js';
import { repoRoot } from './support/paths.js';

const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** A copy of the smoke fixture with a flat config enabling tzimtzum's recommended config through projectService. */
function projectWithFlatConfig(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tzimtzum-concurrency-'));
  fs.cpSync(path.join(repoRoot, 'fixtures', 'smoke'), dir, { recursive: true });
  const parser = import.meta.resolve('@typescript-eslint/parser');
  const tzimtzum = pathToFileURL(path.join(repoRoot, 'dist', 'index.js')).href;
  fs.writeFileSync(
    path.join(dir, 'eslint.config.mjs'),
    `import * as parser from ${JSON.stringify(parser)};\n` +
      `import tzimtzum from ${JSON.stringify(tzimtzum)};\n` +
      `export default [\n` +
      `  { files: ['**/*.ts'], languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },\n` +
      `  tzimtzum.configs.recommended,\n` +
      `];\n`,
  );
  return dir;
}

async function lintWithConcurrency(dir: string, concurrency: string) {
  // ESLint exits 1 when it reports an error; the JSON is on stdout either way.
  const { stdout } = await promisify(execFile)(process.execPath, [eslintBin, '--concurrency', concurrency, '-f', 'json', 'src'], { cwd: dir }).catch(
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      if (error.code !== 1) throw new Error(`eslint --concurrency ${concurrency} failed: ${error.stderr}`);
      return { stdout: error.stdout ?? '' };
    },
  );
  return lintMessages(JSON.parse(stdout) as LintResultLike[], dir)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

describe('ESLint --concurrency: worker threads report the same findings', () => {
  const dir = projectWithFlatConfig();
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--concurrency 2 and --concurrency off give the same exact findings', async () => {
    const [threaded, single] = await Promise.all([lintWithConcurrency(dir, '2'), lintWithConcurrency(dir, 'off')]);
    assert.deepEqual(single, [
      { file: 'src/council/review.ts', ruleId: 'tzimtzum/no-tier-skip', severity: 1, line: 7, column: 58, endLine: 7, endColumn: 59 },
      { file: 'src/orchestrator/desk.ts', ruleId: 'tzimtzum/no-context-passthrough', severity: 2, line: 6, column: 10, endLine: 6, endColumn: 15 },
      { file: 'src/orchestrator/desk.ts', ruleId: 'tzimtzum/require-boundary-contract', severity: 1, line: 6, column: 10, endLine: 6, endColumn: 15 },
      { file: 'src/orchestrator/desk.ts', ruleId: 'tzimtzum/no-tier-skip', severity: 1, line: 9, column: 5, endLine: 9, endColumn: 15 },
      { file: 'src/orchestrator/desk.ts', ruleId: 'tzimtzum/require-boundary-contract', severity: 1, line: 9, column: 5, endLine: 9, endColumn: 15 },
      { file: 'src/tools/send.ts', ruleId: 'tzimtzum/no-upward-dependency', severity: 2, line: 2, column: 10, endLine: 2, endColumn: 18 },
      { file: 'src/tools/send.ts', ruleId: 'tzimtzum/no-upward-dependency', severity: 2, line: 4, column: 52, endLine: 4, endColumn: 59 },
    ]);
    assert.deepEqual(threaded, single);
  });
});
