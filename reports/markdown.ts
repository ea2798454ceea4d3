import type { AnalysisReport, BoundaryInfo, FindingInfo } from '../analyzer/model.js';
import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { escapeMarkdown } from './markdown/escape.js';
import { mermaidTierDiagram } from './markdown/mermaid-diagram.js';
import type { ReportContext } from './report-context.js';
import { bandwidthUsed, designedPercent, indexReport, pluralize, type ReportIndex } from './report-index.js';

export interface MarkdownOptions {
  /** Past this many components the diagram shows one node per tier. */
  maxDiagramComponents?: number;
  /** Findings listed per rule before the rest are counted only (keeps PR comments short). */
  maxFindingsPerRule?: number;
}

export const DEFAULT_MAX_DIAGRAM_COMPONENTS = 60;
const DEFAULT_MAX_FINDINGS_PER_RULE = 50;
const CHECK_TITLES = { declared: 'Declared', calibrated: 'Calibrated', preserving: 'Preserving', directed: 'Directed' } as const;

/** A Markdown audit for a pull-request comment or a review document. */
export function formatMarkdown(report: AnalysisReport, _context: ReportContext, options: MarkdownOptions = {}): string {
  const index = indexReport(report);
  const sections = [
    summarySection(report, index),
    diagramSection(report, index, options.maxDiagramComponents ?? DEFAULT_MAX_DIAGRAM_COMPONENTS),
    boundarySection(report, index),
    reshimuSection(report, index),
    findingsSection(index, options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE),
    diagnosticsSection(report),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function summarySection(report: AnalysisReport, index: ReportIndex): string {
  const { summary } = report;
  const percent = designedPercent(report);
  const designed = percent === null ? '' : `, **${summary.designed} designed (${percent}%)**`;
  const tiers = index.tierGroups.filter((g) => g.tier !== null).length;
  const lines = [
    '## tzimtzum audit',
    '',
    `${pluralize(summary.components, 'component')} in ${pluralize(tiers, 'tier')}, ` +
      `${pluralize(summary.boundaries, 'boundary', 'boundaries')}${designed}.`,
    `Findings: **${pluralize(summary.findings.error, 'error')}**, ${pluralize(summary.findings.warning, 'warning')}` +
      (summary.suppressed ? ` (${summary.suppressed} more suppressed by the baseline).` : '.'),
  ];
  if (index.findingsByRule.size > 0) {
    lines.push('', '| Rule | Check | Errors | Warnings |', '| --- | --- | ---: | ---: |');
    for (const [ruleId, findings] of index.findingsByRule) {
      const errors = findings.filter((f) => f.severity === 'error').length;
      lines.push(`| \`${ruleId}\` | ${CHECK_TITLES[RULE_CATALOG[ruleId].check]} | ${errors} | ${findings.length - errors} |`);
    }
  }
  return lines.join('\n');
}

function diagramSection(report: AnalysisReport, index: ReportIndex, maxComponents: number): string {
  if (report.components.length === 0) return '';
  const diagram = mermaidTierDiagram(report, index, maxComponents);
  const note = diagram.collapsed
    ? `The system has ${report.components.length} components (more than ${maxComponents}), so the diagram shows one node per tier, with the boundaries between two tiers counted on one edge.`
    : 'One box per tier, top to bottom. Solid green edges are designed boundaries, dotted red ones are not.';
  return ['### Tiers and boundaries', '', note, '', '```mermaid', diagram.source, '```'].join('\n');
}

function boundarySection(report: AnalysisReport, index: ReportIndex): string {
  if (report.boundaries.length === 0) return '';
  const lines = [
    '### Boundaries',
    '',
    '| Boundary | From | To | Kind | Contract | Declared | Calibrated | Preserving | Directed | Bandwidth used |',
    '| --- | --- | --- | --- | --- | :-: | :-: | :-: | :-: | ---: |',
  ];
  for (const boundary of report.boundaries) {
    const { declared, calibrated, preserving, directed } = boundary.checks;
    const cells = [
      `${escapeMarkdown(boundary.id)} (${escapeMarkdown(`${boundary.file}:${boundary.line}`)})`,
      endLabel(index, boundary.from),
      endLabel(index, boundary.to),
      escapeMarkdown(boundary.kind),
      boundary.contract === null ? '—' : escapeMarkdown(boundary.contract),
      mark(declared),
      mark(calibrated),
      mark(preserving),
      mark(directed),
      bandwidthUsed(boundary),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function reshimuSection(report: AnalysisReport, index: ReportIndex): string {
  if (report.reshimu.length === 0) return '';
  const lines = ['### Intent (Reshimu)', ''];
  for (const trail of report.reshimu) {
    const origin = `${escapeMarkdown(trail.field)} (${escapeMarkdown(`${trail.file}:${trail.line}`)})`;
    const lost = trail.lostAt === null ? undefined : index.boundary(trail.lostAt);
    const path = trail.path.map((id) => escapeMarkdown(index.component(id)?.name ?? id)).join(' → ');
    const fate = lost === undefined
      ? trail.lostAt === null ? 'reaches the bottom' : `❌ lost at ${escapeMarkdown(trail.lostAt)}`
      : `❌ lost at ${escapeMarkdown(lost.id)}, ${boundaryEnds(index, lost)}`;
    lines.push(`- ${origin}: ${fate}. Path: ${path}.`);
  }
  return lines.join('\n');
}

function findingsSection(index: ReportIndex, maxPerRule: number): string {
  if (index.findingsByRule.size === 0) return '### Findings\n\nNo findings.';
  const lines = ['### Findings'];
  for (const [ruleId, findings] of index.findingsByRule) {
    lines.push('', `#### \`${ruleId}\` (${findings.length})`, '', escapeMarkdown(RULE_CATALOG[ruleId].description) + '.', '');
    for (const finding of findings.slice(0, maxPerRule)) lines.push(findingLine(finding));
    if (findings.length > maxPerRule) lines.push(`- … and ${findings.length - maxPerRule} more`);
  }
  return lines.join('\n');
}

function findingLine(finding: FindingInfo): string {
  const where = escapeMarkdown(`${finding.file}:${finding.line}:${finding.column}`);
  const icon = finding.severity === 'error' ? '❌' : '⚠️';
  return `- ${icon} ${where}: ${escapeMarkdown(finding.message)}`;
}

function diagnosticsSection(report: AnalysisReport): string {
  if (report.diagnostics.length === 0) return '';
  const items = report.diagnostics.map((d) => {
    const where = escapeMarkdown(d.line === undefined ? d.file : `${d.file}:${d.line}`);
    return `- ${d.severity} ${where}: ${escapeMarkdown(d.message)}`;
  });
  return ['<details><summary>Diagnostics (' + report.diagnostics.length + ')</summary>', '', ...items, '', '</details>'].join('\n');
}

function endLabel(index: ReportIndex, id: string): string {
  const component = index.component(id);
  if (component === undefined) return escapeMarkdown(id);
  return `${escapeMarkdown(component.name)} (${escapeMarkdown(component.tier ?? 'model')})`;
}

function boundaryEnds(index: ReportIndex, boundary: BoundaryInfo): string {
  return `${endLabel(index, boundary.from)} → ${endLabel(index, boundary.to)}`;
}

function mark(passed: boolean): string {
  return passed ? '✅' : '❌';
}
