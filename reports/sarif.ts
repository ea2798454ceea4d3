import { pathToFileURL } from 'node:url';
import { RULE_IDS } from '../analyzer/model.js';
import type { AnalysisReport, DiagnosticInfo, FindingInfo, RuleId, RuleLevel } from '../analyzer/model.js';
import { REPOSITORY_URL, RULE_CATALOG, ruleDocsUrl } from '../analyzer/rule-catalog.js';
import type { ReportContext } from './report-context.js';

export const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of the finding fingerprint in `partialFingerprints`; bump the version if the hash changes. */
export const FINGERPRINT_KEY = 'tzimtzumFingerprint/v1';
const SRCROOT = '%SRCROOT%';

const CHECK_TITLES = { declared: 'Declared', calibrated: 'Calibrated', preserving: 'Preserving', directed: 'Directed' } as const;

/** SARIF 2.1.0 log of a report, in the shape GitHub code scanning ingests. */
export function formatSarif(report: AnalysisReport, context: ReportContext): string {
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tzimtzum',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: RULE_IDS.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.rootDir) } },
        // TypeScript columns count UTF-16 code units, which is also SARIF's default.
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.diagnostics.map(sarifNotification),
          },
        ],
        results: report.findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId) ?? -1)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(id: RuleId) {
  const rule = RULE_CATALOG[id];
  const check = CHECK_TITLES[rule.check];
  const url = ruleDocsUrl(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.description}.\n\n${rule.rationale}\n\nCheck: ${check}. Documentation: ${url}`,
      markdown: `**${rule.description}.**\n\n${rule.rationale}\n\nCheck: *${check}*. See [${id}](${url}).`,
    },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(rule.recommended) },
    properties: { tags: ['tzimtzum', 'architecture', check.toLowerCase()], precision: 'high' },
  };
}

function sarifResult(finding: FindingInfo, ruleIndex: number) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SRCROOT },
          region: {
            startLine: atLeastOne(finding.line),
            startColumn: atLeastOne(finding.column),
            endLine: Math.max(atLeastOne(finding.endLine), atLeastOne(finding.line)),
            endColumn: atLeastOne(finding.endColumn),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.boundary === null ? {} : { properties: { boundary: finding.boundary } }),
  };
}

function sarifNotification(diagnostic: DiagnosticInfo) {
  const level = diagnostic.severity === 'info' ? 'note' : diagnostic.severity;
  const region = diagnostic.line === undefined ? {} : { region: { startLine: atLeastOne(diagnostic.line) } };
  return {
    level,
    message: { text: diagnostic.message },
    locations: [
      { physicalLocation: { artifactLocation: { uri: relativeUri(diagnostic.file), uriBaseId: SRCROOT }, ...region } },
    ],
  };
}

export function sarifLevel(level: RuleLevel): 'error' | 'warning' | 'none' {
  return level === 'warn' ? 'warning' : level === 'off' ? 'none' : 'error';
}

/** A report-relative path as a relative URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
