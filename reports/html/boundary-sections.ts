import type { AnalysisReport, BoundaryInfo, FindingInfo } from '../../analyzer/model.js';
import { RULE_CATALOG, type CheckName } from '../../analyzer/rule-catalog.js';
import { bandwidthUsed, isDesigned, type ReportIndex } from '../report-index.js';
import { escapeHtml } from './escape.js';

export const CHECKS: { name: CheckName; title: string }[] = [
  { name: 'declared', title: 'Declared' },
  { name: 'calibrated', title: 'Calibrated' },
  { name: 'preserving', title: 'Preserving' },
  { name: 'directed', title: 'Directed' },
];

/** DOM ids are generated from positions, never taken from the report. */
export function boundaryAnchors(report: AnalysisReport): (boundaryId: string) => string {
  const anchors = new Map(report.boundaries.map((b, i) => [b.id, `boundary-${i + 1}`]));
  return (id) => anchors.get(id) ?? 'boundaries';
}

/**
 * Whether the receiver reads an exposed path. Exposed paths start at the crossing value
 * (`ctx.user.email`), read paths are relative to it (`user`), so both forms are compared.
 */
export function isExposedPathRead(exposed: string, read: readonly string[]): boolean {
  const candidates = [exposed, exposed.includes('.') ? exposed.slice(exposed.indexOf('.') + 1) : exposed];
  return read.some((r) => candidates.some((c) => c === r || c.startsWith(`${r}.`) || r.startsWith(`${c}.`)));
}

export function boundaryTable(report: AnalysisReport, index: ReportIndex, anchor: (id: string) => string): string {
  const headers = [
    ['Boundary', 'text'], ['From', 'text'], ['To', 'text'], ['Kind', 'text'], ['Contract', 'text'],
    ...CHECKS.map((c) => [c.title, 'number']),
    ['Exposed', 'text'], ['Read', 'text'], ['Bandwidth used', 'number'],
  ] as const;
  const head = headers
    .map(([title, type]) => `<th data-sort="${type}" aria-sort="none"><button type="button">${title}</button></th>`)
    .join('');
  const rows = report.boundaries.map((b) => boundaryRow(b, index, anchor(b.id))).join('\n');
  return [
    '<section id="boundaries">',
    `<h2>Boundaries <span class="count">${report.boundaries.length}</span></h2>`,
    '<p class="hint">Click a column header to sort; type to filter. Bandwidth used is read ÷ exposed fields.</p>',
    '<label class="filter">Filter <input type="search" id="boundary-filter" placeholder="component, tier, field, contract…" autocomplete="off"></label>',
    '<output id="boundary-filter-count" for="boundary-filter"></output>',
    '<table id="boundary-table">',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function boundaryRow(boundary: BoundaryInfo, index: ReportIndex, anchor: string): string {
  const status = isDesigned(boundary) ? 'designed' : 'undesigned';
  const ratio = boundary.exposed.length === 0 ? -1 : boundary.read.length / boundary.exposed.length;
  const cells = [
    `<td><a href="#${anchor}">${escapeHtml(boundary.id)}</a></td>`,
    `<td>${endHtml(index, boundary.from)}</td>`,
    `<td>${endHtml(index, boundary.to)}</td>`,
    `<td>${escapeHtml(boundary.kind)}</td>`,
    `<td>${boundary.contract === null ? '<span class="none">—</span>' : `<code>${escapeHtml(boundary.contract)}</code>`}</td>`,
    ...CHECKS.map((c) => checkCell(boundary.checks[c.name])),
    `<td class="fields">${fieldList(boundary.exposed)}</td>`,
    `<td class="fields">${fieldList(boundary.read)}</td>`,
    `<td class="num" data-value="${ratio}">${bandwidthUsed(boundary)}</td>`,
  ];
  return `<tr class="${status}" data-boundary-id="${escapeHtml(boundary.id)}">${cells.join('')}</tr>`;
}

export function boundaryDetails(report: AnalysisReport, index: ReportIndex, anchor: (id: string) => string): string {
  const details = report.boundaries.map((b) => boundaryDetail(b, index, anchor(b.id))).join('\n');
  return ['<section id="boundary-details">', '<h2>Boundary details</h2>', details, '</section>'].join('\n');
}

function boundaryDetail(boundary: BoundaryInfo, index: ReportIndex, anchor: string): string {
  const designed = isDesigned(boundary);
  const findings = index.findingsByBoundary.get(boundary.id) ?? [];
  const exposed = boundary.exposed.length === 0
    ? '<p class="none">Nothing crosses.</p>'
    : `<ul class="exposure">${boundary.exposed
        .map((path) => {
          const read = isExposedPathRead(path, boundary.read);
          return `<li class="${read ? 'read' : 'unread'}"><code>${escapeHtml(path)}</code> <span>${read ? 'read' : 'not read'}</span></li>`;
        })
        .join('')}</ul>`;
  return [
    `<details class="boundary-detail ${designed ? 'designed' : 'undesigned'}" id="${anchor}">`,
    `<summary><strong>${escapeHtml(boundary.id)}</strong> ${endHtml(index, boundary.from)} → ${endHtml(index, boundary.to)} <span class="kind">${escapeHtml(boundary.kind)}</span> <span class="status">${designed ? 'designed' : 'undesigned'}</span></summary>`,
    '<div class="detail-body">',
    `<p>At <code>${escapeHtml(`${boundary.file}:${boundary.line}`)}</code>. Contract: ${boundary.contract === null ? '<span class="none">none declared</span>' : `<code>${escapeHtml(boundary.contract)}</code>`}. Bandwidth used: ${bandwidthUsed(boundary)}.</p>`,
    `<ul class="checks">${CHECKS.map((c) => `<li class="${boundary.checks[c.name] ? 'pass' : 'fail'}">${boundary.checks[c.name] ? '✓' : '✗'} ${c.title}</li>`).join('')}</ul>`,
    '<div class="exposure-columns">',
    `<div><h4>Exposed (${boundary.exposed.length})</h4>${exposed}</div>`,
    `<div><h4>Read by the receiver (${boundary.read.length})</h4>${boundary.read.length === 0 ? '<p class="none">Nothing.</p>' : fieldList(boundary.read)}</div>`,
    '</div>',
    findings.length === 0 ? '' : `<h4>Findings</h4><ul class="boundary-findings">${findings.map(findingItem).join('')}</ul>`,
    '</div>',
    '</details>',
  ].join('\n');
}

function findingItem(finding: FindingInfo): string {
  const check = CHECKS.find((c) => c.name === RULE_CATALOG[finding.ruleId].check)?.title ?? '';
  return `<li class="${finding.severity}"><code>${finding.ruleId}</code> (${check}): ${escapeHtml(finding.message)}</li>`;
}

export function endHtml(index: ReportIndex, componentId: string): string {
  const component = index.component(componentId);
  if (component === undefined) return escapeHtml(componentId);
  return `${escapeHtml(component.name)} <span class="tier">${escapeHtml(component.tier ?? 'outside the stack')}</span>`;
}

function checkCell(passed: boolean): string {
  return `<td class="check ${passed ? 'pass' : 'fail'}" data-value="${passed ? 1 : 0}">${passed ? '✓' : '✗'}</td>`;
}

function fieldList(fields: readonly string[]): string {
  if (fields.length === 0) return '<span class="none">—</span>';
  return fields.map((f) => `<code>${escapeHtml(f)}</code>`).join(' ');
}
