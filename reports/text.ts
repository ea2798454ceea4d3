import { Chalk, type ChalkInstance } from 'chalk';
import type { AnalysisReport, DiagnosticInfo, FindingInfo } from '../analyzer/model.js';
import { terminalSafe as safe } from './terminal-safe.js';

export interface TextOptions {
  color: boolean;
}

/** Findings grouped by file, as ESLint's stylish format, then diagnostics and a summary. */
export function formatText(report: AnalysisReport, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  const byFile = new Map<string, FindingInfo[]>();
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);

  for (const [file, findings] of byFile) {
    lines.push(c.underline(safe(file)));
    const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of findings) {
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(width))}  ${severity}  ${safe(f.message)}  ${c.dim(f.ruleId)}`);
    }
    lines.push('');
  }

  lines.push(...formatBandwidth(report, c));
  const where = (d: DiagnosticInfo) => safe(d.line ? `${d.file}:${d.line}` : d.file);
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  for (const diagnostic of problems) {
    const label = diagnostic.severity === 'error' ? c.red('diagnostic') : c.yellow('diagnostic');
    lines.push(`${label} ${where(diagnostic)}: ${safe(diagnostic.message)}`);
  }
  if (problems.length > 0) lines.push('');

  const { error, warning } = report.summary.findings;
  const total = error + warning;
  const tierCount = report.tiers.length;
  const headline =
    total === 0
      ? c.green('✔ no findings')
      : (error > 0 ? c.red.bold : c.yellow.bold)(`✖ ${total} ${plural(total, 'finding')} (${error} ${plural(error, 'error')}, ${warning} ${plural(warning, 'warning')})`);
  lines.push(headline);
  const suppressed = report.summary.suppressed ? `, ${report.summary.suppressed} suppressed by the baseline` : '';
  lines.push(
    c.dim(
      `  ${report.summary.components} ${plural(report.summary.components, 'component')} in ${tierCount} ${plural(tierCount, 'tier')}, ` +
        `${report.summary.boundaries} ${plural(report.summary.boundaries, 'boundary', 'boundaries')}, ${report.summary.designed} designed${suppressed}`,
    ),
  );
  // What the summary alone would leave unsaid (nothing recognised): right under it.
  for (const diagnostic of report.diagnostics.filter((d) => d.severity === 'info')) lines.push(`${c.cyan('info')} ${where(diagnostic)}: ${safe(diagnostic.message)}`);
  return `${lines.join('\n')}\n`;
}

/** For each undesigned boundary that exposes fields: how much of what crosses the receiver uses. */
function formatBandwidth(report: AnalysisReport, c: ChalkInstance): string[] {
  const names = new Map(report.components.map((component) => [component.id, component.name]));
  // Only boundaries with a reported finding: paths, --changed and baselines narrow this list too.
  const reported = new Set(report.findings.map((f) => f.boundary));
  const rows = report.boundaries
    .filter((b) => b.exposed.length > 0 && reported.has(b.id))
    .map((b) => safe(`  ${b.file}:${b.line}  ${names.get(b.from)} → ${names.get(b.to)}: bandwidth used: ${b.read.length} of ${b.exposed.length}`) + c.dim(safe(`  (exposed ${b.exposed.join(', ')}; read ${b.read.join(', ') || 'nothing'})`)));
  return rows.length > 0 ? [c.bold('Undesigned boundaries'), ...rows, ''] : [];
}

function plural(count: number, word: string, many = `${word}s`): string {
  return count === 1 ? word : many;
}
