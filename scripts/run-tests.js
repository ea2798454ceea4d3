#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with Node's own test runner, in a temp
// folder of its own: a test that leaves a file or folder behind there fails the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'glob';

const filter = process.argv.slice(2);
const files = globSync('dist/**/*.test.js', { ignore: ['dist/**/node_modules/**'] })
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no compiled test files found under dist/ (did the build run?)');
  process.exit(1);
}
/**
 * Test files that build the same heavy programs run in one process per group, although Node's
 * runner gives every test file a process of its own. The RuleTester suites all lint
 * test/rule-project, whose typed program (with the frameworks' declarations) takes seconds to build
 * in each process; the adapter suites parse the same framework declarations (a process keeps them,
 * analyzer/program/guarded-host.ts). Measured on 2 cores: 153 s of CPU for the rule suites apart,
 * 58 s together; 38 s for the adapter suites apart, 28 s together.
 */
const SHARED_PROCESSES = {
  'rule-suites': /^dist\/rules\/[^/]+\.test\.js$/,
  'framework-adapters': /^dist\/analyzer\/frameworks\/[^/]+\/[^/]+\.test\.js$/,
};

const temp = mkdtempSync(join(tmpdir(), 'tzimtzum-tests-'));
const entries = mkdtempSync(join(tmpdir(), 'tzimtzum-test-entries-'));
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
const status = await runTests(['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...inSharedProcesses(files)]);
rmSync(entries, { recursive: true, force: true });
const left = readdirSync(temp);
rmSync(temp, { recursive: true, force: true });
if (left.length > 0 && status !== 'bailed') {
  console.error(`run-tests: the tests left ${left.length} entries in the temp folder (remove them after each test): ${left.slice(0, 10).join(', ')}`);
  process.exit(1);
}
process.exit(status === 'bailed' ? 1 : status);


/**
 * Each group of SHARED_PROCESSES becomes one entry file that imports its members. Run alone (as
 * `npm run mutate` runs one rule's suite), a file keeps its own process.
 */
function inSharedProcesses(testFiles) {
  const groups = Object.entries(SHARED_PROCESSES).map(([name, pattern]) => ({ name, files: testFiles.filter((file) => pattern.test(file)) }));
  const grouped = new Set();
  const entryFiles = [];
  for (const { name, files: members } of groups) {
    if (members.length < 2) continue;
    const entry = join(entries, `${name}.test.mjs`);
    writeFileSync(entry, members.map((file) => `import ${JSON.stringify(pathToFileURL(resolve(file)).href)};\n`).join(''));
    for (const file of members) grouped.add(file);
    entryFiles.push(entry);
  }
  // The groups are the longest runs: started first, they overlap with everything else instead of finishing last.
  return [...entryFiles, ...testFiles.filter((file) => !grouped.has(file))];
}

/**
 * Runs the test runner on the process streams. With TZIMTZUM_TEST_BAIL set (`npm run mutate`), the
 * first failing test stops the whole run, every test process with it: a killed mutant then costs
 * the time to its first failure, not the whole suite's.
 */
function runTests(args) {
  const bail = Boolean(process.env.TZIMTZUM_TEST_BAIL);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', bail ? 'pipe' : 'inherit', 'inherit'], env, detached: bail });
    let bailed = false;
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (bailed || !chunk.toString().includes('✖')) return;
      bailed = true;
      process.kill(-child.pid, 'SIGKILL');
    });
    child.on('close', (code) => resolve(bailed ? 'bailed' : (code ?? 1)));
  });
}
