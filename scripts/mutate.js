#!/usr/bin/env node
// `npm run mutate [module...]`: StrykerJS over the core modules, one run per module, each with
// the command runner on only the compiled tests that cover it (the whole suite per mutant would
// take days on two cores). Prints the mutation score of each module and lists every survivor;
// survivors are either killed by a test or explained in bench/RESULTS.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Stryker } from '@stryker-mutator/core';

/**
 * Module → files to mutate and the test files (substrings for scripts/run-tests.js) that cover it.
 * `stages` lists them in runs: a later stage runs only on the lines where mutants of the stage
 * before survived, so the slow fixture projects run for few mutants.
 */
const MODULES = {
  'sensitive-names': { mutate: ['analyzer/types/sensitive-names.ts'], tests: ['dist/analyzer/types/sensitive-names.test.js'] },
  fingerprint: { mutate: ['analyzer/report/fingerprint.ts'], tests: ['dist/analyzer/report/fingerprint.test.js'] },
  baseline: { mutate: ['reports/baseline.ts'], tests: ['dist/reports/baseline.test.js'] },
  sarif: { mutate: ['reports/sarif.ts'], tests: ['dist/reports/sarif.test.js'] },
  cli: { mutate: ['bin/cli.ts'], tests: ['dist/bin/cli.test.js', 'dist/bin/graph-init.test.js', 'dist/test/hardening/report-output.test.js', 'dist/test/pre-commit.test.js'] },
  ...checkModules(),
};

/**
 * One module per check in analyzer/findings/, each run with its own rule's RuleTester suite, then
 * the survivors with every fixture project through the CLI (a fixture where the rule rightly finds
 * nothing catches a mutant that reports too much); the helpers the checks share run with every
 * rule's suite, then every fixture. `findings` names them all.
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
        stages: [[`dist/rules/${rule}.test.js`], ['dist/test/fixtures.test.js']],
        env: 'TZIMTZUM_FIXTURES_CLI_ONLY=1',
      },
    ]),
  );
  modules['findings/shared'] = {
    mutate: ['analyzer/findings/check-scope.ts', 'analyzer/findings/checks.ts', 'analyzer/findings/finding.ts', 'analyzer/findings/forwarded-whole.ts'],
    stages: [rules.map((rule) => `dist/rules/${rule}.test.js`), ['dist/test/fixtures.test.js']],
    env: 'TZIMTZUM_FIXTURES_CLI_ONLY=1',
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

const isSurvivor = (mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage';
/** The same mutant in two runs: same place, same mutator, same replacement. */
const mutantKey = (m) => `${m.fileName}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;
const survivorLine = (mutant) =>
  `survived ${relative(process.cwd(), mutant.fileName)}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? '')}`;
const rows = [];
for (const name of names) {
  const { mutate, tests, stages = [tests], env } = MODULES[name];
  let results = [];
  for (const [index, stageTests] of stages.entries()) {
    const open = index === 0 ? undefined : results.filter(isSurvivor);
    if (open?.length === 0) break;
    const report = `test-artifacts/mutation/${name.replace('/', '-')}${index === 0 ? '' : `.stage${index + 1}`}`;
    const stageResults = await new Stryker({
      ...base,
      // A later stage mutates only where mutants survived so far: Stryker's `file:line:column-line:column`
      // ranges take 0-based columns, the report's are 1-based (a range also takes the mutants inside it).
      mutate: open ? [...new Set(open.map(({ fileName, location: { start, end } }) => `${relative(process.cwd(), fileName)}:${start.line}:${start.column - 1}-${end.line}:${end.column}`))] : mutate,
      commandRunner: { command: `TZIMTZUM_TEST_BAIL=1 ${env ? `${env} ` : ''}node scripts/run-tests.js ${stageTests.join(' ')}` },
      jsonReporter: { fileName: `${report}.json` },
      htmlReporter: { fileName: `${report}.html` },
    }).runMutationTest();
    if (!open) {
      results = stageResults;
      continue;
    }
    const killedNow = new Set(stageResults.filter((m) => !isSurvivor(m)).map(mutantKey));
    results = results.map((m) => (isSurvivor(m) && killedNow.has(mutantKey(m)) ? { ...m, status: 'Killed', killedInStage: index + 1 } : m));
  }
  const count = (status) => results.filter((r) => r.status === status).length;
  const killed = count('Killed') + count('Timeout');
  const survived = results.filter(isSurvivor);
  const valid = killed + survived.length;
  const row = { name, mutants: results.length, killed, survived: survived.length, score: valid === 0 ? 100 : (100 * killed) / valid, survivors: survived };
  rows.push(row);
  // One summary per module, written as soon as it ends: a run stopped later keeps the modules it finished.
  const heading = `${row.name}: ${row.mutants} mutants, ${row.killed} killed, ${row.survived} survived, ${row.score.toFixed(1)}%`;
  writeFileSync(`test-artifacts/mutation/${row.name.replace('/', '-')}.txt`, [heading, ...row.survivors.map(survivorLine), ''].join('\n'));
}

const lines = ['', `${'module'.padEnd(40)} mutants  killed  survived  score`];
for (const row of rows) {
  lines.push(`${row.name.padEnd(40)} ${String(row.mutants).padStart(7)} ${String(row.killed).padStart(7)} ${String(row.survived).padStart(9)}  ${row.score.toFixed(1)}%`);
}
for (const row of rows) lines.push(...row.survivors.map(survivorLine));
console.log(lines.join('\n'));
writeFileSync('test-artifacts/mutation/summary.txt', `${lines.join('\n')}\n`);
process.exit(rows.every((row) => row.survived === 0) ? 0 : 1);
