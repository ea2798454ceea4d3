#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with Node's own test runner, in a temp
// folder of its own: a test that leaves a file or folder behind there fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'glob';

const filter = process.argv.slice(2);
const files = globSync('dist/**/*.test.js', { ignore: ['dist/**/node_modules/**'] })
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no compiled test files found under dist/ (did the build run?)');
  process.exit(1);
}
const temp = mkdtempSync(join(tmpdir(), 'tzimtzum-tests-'));
// The fixture suite holds several framework projects' programs at once: more heap than Node's default.
const env = {
  ...process.env,
  TMPDIR: temp,
  TMP: temp,
  TEMP: temp,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
};
// Two test files at a time: most of them wait on child processes, the browser or the disk part of the
// time, so two keep both cores of a CI machine busy (Node's default is one fewer than the cores).
const concurrency = process.env.TZIMTZUM_TEST_CONCURRENCY ?? '2';
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], { stdio: 'inherit', env });
const left = readdirSync(temp);
rmSync(temp, { recursive: true, force: true });
if (left.length > 0) {
  console.error(`run-tests: the tests left ${left.length} entries in the temp folder (remove them after each test): ${left.slice(0, 10).join(', ')}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
