import type { AnalysisReport, ReshimuTrail } from '../../analyzer/model.js';
import type { ReportIndex } from '../report-index.js';
import { endHtml } from './boundary-sections.js';
import { escapeHtml } from './escape.js';

/** Each intent field from its origin to the bottom of its path, the losing boundary marked. */
export function reshimuSection(report: AnalysisReport, index: ReportIndex, anchor: (id: string) => string): string {
  if (report.reshimu.length === 0) return '';
  return [
    '<section id="reshimu">',
    '<h2>Intent (Reshimu) trails</h2>',
    ...report.reshimu.map((trail) => trailHtml(trail, index, anchor)),
    '</section>',
  ].join('\n');
}

function trailHtml(trail: ReshimuTrail, index: ReportIndex, anchor: (id: string) => string): string {
  const lostIndex = trail.lostAt === null ? -1 : trail.boundaries.indexOf(trail.lostAt);
  const steps: string[] = [];
  trail.path.forEach((componentId, i) => {
    const afterLoss = lostIndex !== -1 && i > lostIndex;
    steps.push(`<li class="component${afterLoss ? ' after-loss' : ''}">${endHtml(index, componentId)}</li>`);
    const boundaryId = trail.boundaries[i];
    if (boundaryId === undefined || i === trail.path.length - 1) return;
    const boundary = index.boundary(boundaryId);
    const kind = boundary === undefined ? '' : ` <span class="kind">${escapeHtml(boundary.kind)}</span>`;
    const link = `<a href="#${anchor(boundaryId)}">${escapeHtml(boundaryId)}</a>${kind}`;
    if (i === lostIndex) {
      steps.push(`<li class="crossing lost">✗ ${link}: <strong>intent lost here</strong></li>`);
    } else {
      steps.push(`<li class="crossing${afterLoss ? ' after-loss' : ''}">↓ ${link}</li>`);
    }
  });
  const outcome = trail.lostAt === null
    ? '<span class="kept">reaches the bottom</span>'
    : `<span class="lost">lost at ${escapeHtml(trail.lostAt)}</span>`;
  return [
    `<article class="trail ${trail.lostAt === null ? 'kept' : 'lost'}">`,
    `<h3><code>${escapeHtml(trail.field)}</code> ${outcome}</h3>`,
    `<p class="origin">Declared at <code>${escapeHtml(`${trail.file}:${trail.line}`)}</code></p>`,
    `<ol class="trail-steps">${steps.join('')}</ol>`,
    '</article>',
  ].join('\n');
}
