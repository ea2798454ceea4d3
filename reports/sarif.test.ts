import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { analyzeProject, buildReport, ruleLevels } from '../analyzer/index.js';
import { RULE_IDS } from '../analyzer/model.js';
import { writeTempProject } from '../test/support/temp-project.js';
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
  properties?: unknown;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  properties?: unknown;
}

const CHECK_OF: Record<(typeof RULE_IDS)[number], string> = {
  'no-context-passthrough': 'calibrated',
  'no-conversation-passthrough': 'calibrated',
  'no-undeclared-exposure': 'calibrated',
  'require-boundary-contract': 'declared',
  'preserve-reshimu': 'preserving',
  'no-tier-skip': 'directed',
  'no-upward-dependency': 'directed',
  'no-unused-exposure': 'calibrated',
  'no-sensitive-exposure': 'calibrated',
};

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

  it('gives the source root one trailing slash, whether or not the root directory ends in one', () => {
    const log = JSON.parse(formatSarif(sampleReport(), { ...context, rootDir: '/repo/project/' })) as SarifLog;
    assert.deepEqual(log.runs[0]!.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/project/' } });
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

  it('keeps fingerprints through the real analysis when lines move and the function is renamed', () => {
    const tool = (body: string) => ({ 'src/tools/tool.ts': `import { main } from '../orchestrator/main.js';\n${body}` });
    const dir = writeTempProject({
      'src/orchestrator/main.ts': `export function main(goal: string) { return goal; }\n`,
      ...tool(`export function tool(query: string) {\n  return main(query);\n}\n`),
    });
    const results = () => {
      const project = analyzeProject({ tsconfig: join(dir, 'tsconfig.json') });
      const log = JSON.parse(formatSarif(buildReport(project.analysis, { levels: ruleLevels({}) }), { rootDir: dir, readSource: () => undefined })) as SarifLog;
      return log.runs[0]!.results.map((r) => ({ ruleId: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, fingerprint: r.partialFingerprints[FINGERPRINT_KEY] }));
    };
    const before = results();
    assert.deepEqual(before.map((r) => [r.ruleId, r.line]), [['no-upward-dependency', 3]]);

    writeFileSync(join(dir, 'src/tools/tool.ts'), tool(`\n// moved down by unrelated code\nexport const limit = 3;\nexport function searchTool(query: string) {\n  if (!query) return '';\n  return main(query);\n}\n`)['src/tools/tool.ts']);
    const moved = results();
    assert.deepEqual(moved.map((r) => [r.ruleId, r.line]), [['no-upward-dependency', 7]]);
    assert.equal(moved[0]!.fingerprint, before[0]!.fingerprint);

    writeFileSync(join(dir, 'src/tools/tool.ts'), tool(`export function tool(query: string) {\n  return main(query.trim());\n}\n`)['src/tools/tool.ts']);
    assert.notEqual(results()[0]!.fingerprint, before[0]!.fingerprint, 'a different crossing expression is a different finding');
  });

  it('says the run succeeded and lists each diagnostic as a notification: level, message, file and line', () => {
    const report = sampleReport();
    report.diagnostics = [
      { severity: 'warning', file: 'tzimtzum.config.json', line: 3, message: 'a glob matches no file' },
      { severity: 'info', file: 'src/a b.ts', message: 'no component recognised' },
      { severity: 'error', file: 'src/broken.ts', line: 0, message: 'syntax error' },
    ];
    const invocation = (JSON.parse(formatSarif(report, context)) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[] }[] }).runs[0]!.invocations[0]!;
    assert.equal(invocation.executionSuccessful, true);
    const at = (uri: string, region?: object) => [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...(region && { region }) } }];
    assert.deepEqual(invocation.toolExecutionNotifications, [
      { level: 'warning', message: { text: 'a glob matches no file' }, locations: at('tzimtzum.config.json', { startLine: 3 }) },
      { level: 'note', message: { text: 'no component recognised' }, locations: at('src/a%20b.ts') },
      { level: 'error', message: { text: 'syntax error' }, locations: at('src/broken.ts', { startLine: 1 }) },
    ]);
  });

  it('tags each rule with its check, keys fingerprints by version, and links a result to its boundary', () => {
    const report = sampleReport();
    report.findings[1]!.boundary = null;
    Object.assign(report.findings[2]!, { line: 9, endLine: 0, column: 0, endColumn: 4 });
    const log = JSON.parse(formatSarif(report, context)) as SarifLog;
    const run = log.runs[0]!;
    assert.deepEqual(run.tool.driver.rules.map((r) => r.properties), RULE_IDS.map((id) => ({ tags: ['tzimtzum', 'architecture', CHECK_OF[id]], precision: 'high' })));
    assert.equal(FINGERPRINT_KEY, 'tzimtzumFingerprint/v1');
    assert.deepEqual(run.results.map((r) => r.properties), [{ boundary: 'b1' }, undefined, { boundary: 'b4' }, { boundary: 'b6' }, { boundary: 'b8' }, { boundary: 'b9' }]);
    assert.deepEqual(run.results[2]!.locations[0]!.physicalLocation.region, { startLine: 9, startColumn: 1, endLine: 9, endColumn: 4 });
  });

  it('percent-encodes paths with spaces, quotes and non-ASCII', () => {
    const log = JSON.parse(formatSarif(hostileReport(), context)) as SarifLog;
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'src/%C3%BCn%C3%AFcode%20%22q%22%20%3Cx%3E.ts');
    assert.equal(decodeURIComponent(uri), HOSTILE_FILE);
  });
});
