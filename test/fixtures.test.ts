import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ruleLevels } from '../analyzer/report/rule-levels.js';
import { parseConfig } from '../analyzer/config/load-config.js';
import { auditJson } from './support/run-cli.js';
import { listFixtures, sortFindings } from './support/fixtures.js';
import { lintFixture } from './support/lint-fixture.js';

const fixtures = listFixtures();

describe('fixture projects through the CLI and through ESLint', () => {
  it('finds the fixture projects', () => {
    assert.ok(fixtures.length > 0, 'no fixtures/**/expected.json found');
  });

  for (const fixture of fixtures) {
    // A fixture whose expected.json says `pending` records findings of work not done yet: it runs as `todo`.
    const todo = fixture.expected.pending;
    describe(fixture.name, () => {
      it('the CLI reports exactly the expected findings (rule, file, line)', { todo }, async () => {
        const { report } = await auditJson(fixture.tsconfig);
        assert.deepEqual(sortFindings(report.findings), sortFindings(fixture.expected.findings));
      });

      if (fixture.expected.tiers) {
        it('infers the expected tier of every named component', { todo }, async () => {
          const { report } = await auditJson(fixture.tsconfig);
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

      it('ESLint reports the same findings as the CLI, at the same positions', { todo }, async () => {
        const { report } = await auditJson(fixture.tsconfig);
        const configFile = path.join(fixture.dir, 'tzimtzum.config.json');
        const config = fs.existsSync(configFile) ? parseConfig(fs.readFileSync(configFile, 'utf8'), configFile) : {};
        const { findings, fatal } = await lintFixture(fixture.dir, fixture.tsconfig, ruleLevels(config));
        const unparsable = new Set(fatal.map((f) => f.split(':')[0]));
        const key = (f: { ruleId: string; file: string; line: number; column: number; endLine: number; endColumn: number }) =>
          `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`;
        const fromCli = report.findings.filter((f) => !unparsable.has(f.file)).map(key).sort();
        assert.deepEqual(findings.map(key).sort(), fromCli);
      });
    });
  }
});
