#!/usr/bin/env node
// `npm run mutate [module...]`: StrykerJS over the core modules, one run per module, each with
// the command runner on only the compiled tests that cover it (the whole suite per mutant would
// take days on two cores). Prints the mutation score of each module and lists every survivor;
// survivors are either killed by a test or explained in bench/RESULTS.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Stryker } from '@stryker-mutator/core';

/** Module → files to mutate and the test files (substrings for scripts/run-tests.js) that cover it. */
const MODULES = {
  'sensitive-names': { mutate: ['analyzer/types/sensitive-names.ts'], tests: ['dist/analyzer/types/sensitive-names.test.js'] },
  fingerprint: { mutate: ['analyzer/report/fingerprint.ts'], tests: ['dist/analyzer/report/fingerprint.test.js'] },
  baseline: { mutate: ['reports/baseline.ts'], tests: ['dist/reports/baseline.test.js'] },
  sarif: { mutate: ['reports/sarif.ts'], tests: ['dist/reports/sarif.test.js'] },
  cli: { mutate: ['bin/cli.ts'], tests: ['dist/bin/cli.test.js', 'dist/bin/graph-init.test.js', 'dist/test/hardening/report-output.test.js', 'dist/test/pre-commit.test.js'] },
  ...checkModules(),
};

/**
 * One module per check in analyzer/findings/, each run with its own rule's RuleTester suite and the
 * fixture projects that expect its rule (TZIMTZUM_FIXTURES_RULE, CLI runs only); the helpers the
 * checks share run with every rule's suite and every fixture. `findings` names them all.
 */
function checkModules() {
  const rules = [
    'no-context-passthrough',
    'no-conversation-passthrough',
    'no-sensitive-exposure',
    'no-tier-skip',
    'no-undeclared-exposure',
    'no-unused-exposure',
    'no-upward-dependency',
    'preserve-reshimu',
    'require-boundary-contract',
  ];
  const modules = Object.fromEntries(
    rules.map((rule) => [
      `findings/${rule}`,
      {
        mutate: [`analyzer/findings/${rule}.ts`],
        tests: [`dist/rules/${rule}.test.js`, 'dist/test/fixtures.test.js'],
        env: `TZIMTZUM_FIXTURES_RULE=${rule}`,
      },
    ]),
  );
  modules['findings/shared'] = {
    mutate: ['analyzer/findings/check-scope.ts', 'analyzer/findings/checks.ts', 'analyzer/findings/finding.ts', 'analyzer/findings/forwarded-whole.ts'],
    tests: [...rules.map((rule) => `dist/rules/${rule}.test.js`), 'dist/test/fixtures.test.js'],
  };
  return modules;
}
const GROUPS = { findings: Object.keys(MODULES).filter((name) => name.startsWith('findings/')) };

const base = JSON.parse(readFileSync(new URL('../stryker.config.json', import.meta.url), 'utf8'));
delete base.$schema;
delete base._comment;
const asked = process.argv.slice(2).flatMap((name) => GROUPS[name] ?? [name]);
const unknown = asked.filter((name) => !(name in MODULES));
if (unknown.length > 0) {
  console.error(`mutate: unknown module ${unknown.join(', ')} (expected ${[...Object.keys(GROUPS), ...Object.keys(MODULES)].join(', ')})`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(MODULES);
mkdirSync('test-artifacts/mutation', { recursive: true });

const rows = [];
for (const name of names) {
  const { mutate, tests, env } = MODULES[name];
  const results = await new Stryker({
    ...base,
    mutate,
    commandRunner: { command: `TZIMTZUM_TEST_BAIL=1 ${env ? `${env} ` : ''}node scripts/run-tests.js ${tests.join(' ')}` },
    jsonReporter: { fileName: `test-artifacts/mutation/${name.replace('/', '-')}.json` },
    htmlReporter: { fileName: `test-artifacts/mutation/${name.replace('/', '-')}.html` },
  }).runMutationTest();
  const count = (status) => results.filter((r) => r.status === status).length;
  const killed = count('Killed') + count('Timeout');
  const survived = results.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage');
  const valid = killed + survived.length;
  rows.push({ name, mutants: results.length, killed, survived: survived.length, score: valid === 0 ? 100 : (100 * killed) / valid, survivors: survived });
}

const lines = ['', `${'module'.padEnd(40)} mutants  killed  survived  score`];
for (const row of rows) {
  lines.push(`${row.name.padEnd(40)} ${String(row.mutants).padStart(7)} ${String(row.killed).padStart(7)} ${String(row.survived).padStart(9)}  ${row.score.toFixed(1)}%`);
}
const survivorLine = (mutant) =>
  `survived ${relative(process.cwd(), mutant.fileName)}:${mutant.location.start.line}:${mutant.location.start.column + 1} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? '')}`;
for (const row of rows) lines.push(...row.survivors.map(survivorLine));
console.log(lines.join('\n'));
// One summary per module as well, so runs of different modules keep each other's survivors.
for (const row of rows) {
  const heading = `${row.name}: ${row.mutants} mutants, ${row.killed} killed, ${row.survived} survived, ${row.score.toFixed(1)}%`;
  writeFileSync(`test-artifacts/mutation/${row.name.replace('/', '-')}.txt`, [heading, ...row.survivors.map(survivorLine), ''].join('\n'));
}
writeFileSync('test-artifacts/mutation/summary.txt', `${lines.join('\n')}\n`);
process.exit(rows.every((row) => row.survived === 0) ? 0 : 1);
