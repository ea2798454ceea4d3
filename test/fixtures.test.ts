import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type ts from 'typescript';
import type { AnalysisReport } from '../analyzer/model.js';
import { loadProgram, type LoadedProgram } from '../analyzer/program/load-program.js';
import { ruleLevels } from '../analyzer/report/rule-levels.js';
import { parseConfig } from '../analyzer/config/load-config.js';
import { auditJson } from './support/run-cli.js';
import { listFixtures, sortFindings, type Fixture } from './support/fixtures.js';
import { lintFixture } from './support/lint-fixture.js';

/**
 * `npm run mutate` runs the fixtures for the mutants its faster tests left alive: through the CLI
 * only (TZIMTZUM_FIXTURES_CLI_ONLY; a check's mutant changes the ESLint run alike), and with
 * TZIMTZUM_FIXTURES_RULE only the fixtures whose expected findings include that rule and the
 * rule's own fixtures under rules/<rule>/.
 */
const onlyRule = process.env.TZIMTZUM_FIXTURES_RULE;
const cliOnly = Boolean(process.env.TZIMTZUM_FIXTURES_CLI_ONLY) || onlyRule !== undefined;
const fixtures = listFixtures().filter(
  (fixture) => !onlyRule || fixture.name.startsWith(`rules/${onlyRule}/`) || fixture.expected.findings.some((finding) => finding.ruleId === onlyRule),
);

/**
 * One program and one CLI audit per fixture, shared by its tests: the ESLint run is given the
 * program the CLI analysed, so each fixture is parsed and type-checked once.
 */
function sharedRun(fixture: Fixture): () => Promise<{ report: AnalysisReport; program?: ts.Program }> {
  let run: Promise<{ report: AnalysisReport; program?: ts.Program }> | undefined;
  return () =>
    (run ??= (async () => {
      let loaded: LoadedProgram | undefined;
      const { report } = await auditJson(fixture.tsconfig, [], (tsconfig) => (loaded = loadProgram(tsconfig)));
      return { report, program: loaded?.program };
    })());
}

describe('fixture projects through the CLI and through ESLint', () => {
  it('finds the fixture projects', () => {
    assert.ok(fixtures.length > 0, 'no fixtures/**/expected.json found');
  });

  for (const fixture of fixtures) {
    // A fixture whose expected.json says `pending` records findings of work not done yet: it runs as `todo`.
    const todo = fixture.expected.pending;
    describe(fixture.name, () => {
      const audit = sharedRun(fixture);
      it('the CLI reports exactly the expected findings (rule, file, line)', { todo }, async () => {
        const { report } = await audit();
        assert.deepEqual(sortFindings(report.findings), sortFindings(fixture.expected.findings));
      });

      if (fixture.expected.tiers) {
        it('infers the expected tier of every named component', { todo }, async () => {
          const { report } = await audit();
          const rank = new Map(report.tiers.map((t) => [t.name, t.rank]));
          const actual = Object.fromEntries(
            Object.keys(fixture.expected.tiers!).map((name) => {
              const component = report.components.find((c) => c.name === name);
              return [name, component?.tier ? rank.get(component.tier) : undefined];
            }),
          );
          assert.deepEqual(actual, fixture.expected.tiers);
        });
      }

      it('ESLint reports the same findings as the CLI, at the same positions', { todo, skip: cliOnly }, async () => {
        const { report, program } = await audit();
        const configFile = path.join(fixture.dir, 'tzimtzum.config.json');
        const config = fs.existsSync(configFile) ? parseConfig(fs.readFileSync(configFile, 'utf8'), configFile) : {};
        const { findings, fatal } = await lintFixture(fixture.dir, fixture.tsconfig, ruleLevels(config), program);
        const unparsable = new Set(fatal.map((f) => f.split(':')[0]));
        const key = (f: { ruleId: string; file: string; line: number; column: number; endLine: number; endColumn: number }) =>
          `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`;
        const fromCli = report.findings.filter((f) => !unparsable.has(f.file)).map(key).sort();
        assert.deepEqual(findings.map(key).sort(), fromCli);
      });
    });
  }
});
