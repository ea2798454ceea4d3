import type { FindingInfo } from '../../analyzer/model.js';
import { RULE_CATALOG, ruleDocsUrl } from '../../analyzer/rule-catalog.js';
import type { ReportContext } from '../report-context.js';
import type { ReportIndex } from '../report-index.js';
import { escapeHtml } from './escape.js';

const EXCERPT_CONTEXT_LINES = 2;
/** Findings spanning more lines show only this many, so the excerpt stays short. */
const MAX_EXCERPT_SPAN = 8;

/** Findings grouped by rule, each with a code excerpt (±2 lines) when the source is readable. */
export function findingsSection(index: ReportIndex, context: ReportContext, anchor: (id: string) => string): string {
  if (index.findingsByRule.size === 0) return '<section id="findings"><h2>Findings</h2><p>No findings.</p></section>';
  const groups: string[] = [];
  for (const [ruleId, findings] of index.findingsByRule) {
    const rule = RULE_CATALOG[ruleId];
    groups.push(
      `<div class="rule-group"><h3><a href="${escapeHtml(ruleDocsUrl(ruleId))}"><code>${ruleId}</code></a> <span class="count">${findings.length}</span></h3>` +
        `<p class="rule-description">${escapeHtml(rule.description)}.</p>` +
        findings.map((f) => findingHtml(f, context, anchor)).join('\n') +
        '</div>',
    );
  }
  return ['<section id="findings">', '<h2>Findings</h2>', ...groups, '</section>'].join('\n');
}

function findingHtml(finding: FindingInfo, context: ReportContext, anchor: (id: string) => string): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const boundary = finding.boundary === null
    ? ''
    : ` · boundary <a href="#${anchor(finding.boundary)}">${escapeHtml(finding.boundary)}</a>`;
  return [
    `<article class="finding ${finding.severity}">`,
    `<p class="finding-head"><span class="severity">${finding.severity}</span> <code>${escapeHtml(where)}</code>${boundary}</p>`,
    `<p class="message">${escapeHtml(finding.message)}</p>`,
    excerptHtml(finding, context.readSource(finding.file)),
    '</article>',
  ].join('\n');
}

export function excerptHtml(finding: FindingInfo, source: string | undefined): string {
  if (source === undefined) return '<p class="no-excerpt">Source not available.</p>';
  const lines = source.split(/\r\n|\r|\n/);
  const endLine = Math.min(Math.max(finding.endLine, finding.line), finding.line + MAX_EXCERPT_SPAN - 1);
  const first = Math.max(1, finding.line - EXCERPT_CONTEXT_LINES);
  const last = Math.min(lines.length, endLine + EXCERPT_CONTEXT_LINES);
  if (first > last) return '<p class="no-excerpt">Source not available.</p>';
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    const hit = n >= finding.line && n <= endLine;
    const start = n === finding.line ? finding.column - 1 : 0;
    const end = n === finding.endLine ? finding.endColumn - 1 : text.length;
    const code = hit ? markRange(text, start, end) : escapeHtml(text);
    rows.push(`<span class="line${hit ? ' hit' : ''}"><span class="ln">${n}</span>${code}</span>`);
  }
  return `<pre class="excerpt"><code>${rows.join('')}</code></pre>`;
}

/** Columns are UTF-16 offsets, like JavaScript string indices. */
function markRange(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  if (from === to) return escapeHtml(text);
  return `${escapeHtml(text.slice(0, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>${escapeHtml(text.slice(to))}`;
}
