import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { RULE_IDS } from '../analyzer/model.js';
import { ruleDocsUrl } from '../analyzer/rule-catalog.js';
import { FINGERPRINT_KEY, formatSarif } from './sarif.js';
import { HOSTILE_FILE, hostileReport } from './test-support/hostile-report.js';
import { sampleReport } from './test-support/sample-report.js';

// Both packages are CommonJS: their default export sits on `.default`.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const context = { rootDir: '/repo/project', readSource: () => undefined };
const schema = JSON.parse(
  readFileSync(new URL('../../test/data/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as object;

function validator() {
  // The schema's `language` pattern is not valid with the `u` flag (an unbalanced `]`).
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

// Minimal view of the fields the tests read.
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { toolExecutionNotifications: unknown[] }[];
    results: SarifResult[];
  }[];
}
interface SarifRule {
  id: string;
  name: string;
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

describe('formatSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    for (const report of [sampleReport(), hostileReport()]) {
      const log: unknown = JSON.parse(formatSarif(report, context));
      assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    }
  });

  it('the schema check rejects a broken log', () => {
    const validate = validator();
    const log = JSON.parse(formatSarif(sampleReport(), context)) as SarifLog;
    (log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as Record<string, unknown>).startLine = 0;
    assert.equal(validate(log), false);
  });

  it('describes the tool and every rule of the catalog', () => {
    const log = JSON.parse(formatSarif(sampleReport(), context)) as SarifLog;
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    const { driver } = run.tool;
    assert.equal(driver.name, 'tzimtzum');
    assert.equal(driver.version, '0.1.0');
    assert.equal(driver.informationUri, 'https://github.com/tzimtzum/eslint-plugin-tzimtzum');
    assert.deepEqual(driver.rules.map((r) => r.id), [...RULE_IDS]);
    assert.deepEqual(
      driver.rules.map((r) => r.defaultConfiguration.level),
      ['error', 'warning', 'error', 'warning', 'error', 'warning', 'error', 'none', 'error'],
    );
    const passthrough = driver.rules[0]!;
    assert.equal(passthrough.name, 'NoContextPassthrough');
    assert.equal(passthrough.helpUri, ruleDocsUrl('no-context-passthrough'));
    assert.match(passthrough.help.markdown, /\[no-context-passthrough\]\(https:\/\/github\.com\/.*no-context-passthrough\.md\)/);
    assert.match(passthrough.help.text, /A context passed whole/);
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/project/' } });
    assert.equal(run.invocations[0]!.toolExecutionNotifications.length, 1);
  });

  it('gives each finding its rule, level, location and fingerprint', () => {
    const log = JSON.parse(formatSarif(sampleReport(), context)) as SarifLog;
    const results = log.runs[0]!.results;
    assert.equal(results.length, 6);
    const first = results[0]!;
    assert.equal(first.ruleId, 'no-context-passthrough');
    assert.equal(first.ruleIndex, 0);
    assert.equal(first.level, 'error');
    assert.match(first.message.text, /^Whole context 'ctx'/);
    assert.deepEqual(first.locations[0]!.physicalLocation, {
      artifactLocation: { uri: 'src/orchestrator/research-orchestrator.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 24, startColumn: 34, endLine: 24, endColumn: 37 },
    });
    assert.deepEqual(first.partialFingerprints, { [FINGERPRINT_KEY]: '4f1c2a9e0b7d3c61' });
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
      [
        ['no-context-passthrough', 0, 'error'],
        ['require-boundary-contract', 3, 'warning'],
        ['preserve-reshimu', 4, 'error'],
        ['no-sensitive-exposure', 8, 'error'],
        ['no-upward-dependency', 6, 'error'],
        ['no-tier-skip', 5, 'warning'],
      ],
    );
  });

  it('keeps fingerprints when unrelated lines move', () => {
    const before = sampleReport();
    const after = sampleReport();
    for (const finding of after.findings) {
      finding.line += 7;
      finding.endLine += 7;
    }
    const fingerprints = (text: string) =>
      (JSON.parse(text) as SarifLog).runs[0]!.results.map((r) => r.partialFingerprints);
    assert.deepEqual(fingerprints(formatSarif(after, context)), fingerprints(formatSarif(before, context)));
  });

  it('percent-encodes paths with spaces, quotes and non-ASCII', () => {
    const log = JSON.parse(formatSarif(hostileReport(), context)) as SarifLog;
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'src/%C3%BCn%C3%AFcode%20%22q%22%20%3Cx%3E.ts');
    assert.equal(decodeURIComponent(uri), HOSTILE_FILE);
  });
});
