import type { DiagramLayout, PlacedEdge, PlacedNode, Point, TierBand } from './diagram-layout.js';
import { isDesigned } from '../report-index.js';
import { memberText } from './diagram-view.js';
import { escapeHtml } from './escape.js';

export interface DiagramSvgOptions {
  /** The anchor of a boundary's details. */
  boundaryAnchor(boundaryId: string): string;
  /** The view a click on a graph or workflow box shows (its members unfolded, or folded again). */
  toggleTarget(groupId: string, expanded: boolean): string;
}

/**
 * Static inline SVG of a laid-out view: bands carry `data-tier`, boxes `data-component` and
 * `data-tier`, so their geometry can be checked; edges link to their boundary's details.
 */
export function renderDiagramSvg(layout: DiagramLayout, options: DiagramSvgOptions): string {
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const degrees = new Map<string, number>();
  for (const { link } of layout.edges) for (const end of [link.from, link.to]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  const prefix = `d-${layout.view.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return [
    `<svg class="tier-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title">`,
    `<title id="${prefix}-title">Tiers, components and boundaries</title>`,
    '<defs>',
    arrowMarker(`${prefix}-arrow-designed`, 'designed'),
    arrowMarker(`${prefix}-arrow-undesigned`, 'undesigned'),
    '</defs>',
    `<g class="bands">${layout.bands.map((band, i) => renderBand(band, i, width)).join('')}</g>`,
    `<g class="edges">${layout.edges.map((edge) => renderEdge(edge, prefix, options, degrees)).join('')}</g>`,
    `<g class="nodes">${layout.nodes.map((node) => renderNode(node, layout.view.bands[node.box.band]!.name, options)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}

function arrowMarker(id: string, status: string): string {
  return `<marker id="${id}" class="arrow ${status}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`;
}

function renderBand(placed: TierBand, i: number, width: number): string {
  const { band } = placed;
  const title = band.rank === null ? band.name : `${band.rank} · ${band.name}`;
  return (
    `<g class="band${i % 2 === 1 ? ' odd' : ''}${band.rank === null ? ' outside' : ''}" data-tier="${escapeHtml(band.name)}">` +
    `<rect x="0" y="${num(placed.y)}" width="${width}" height="${num(placed.height)}"/>` +
    `<text x="12" y="${num(placed.y + 22)}">${escapeHtml(title)}</text></g>`
  );
}

function renderEdge(edge: PlacedEdge, prefix: string, options: DiagramSvgOptions, degrees: ReadonlyMap<string, number>): string {
  if (edge.points.length < 2) return '';
  const { link } = edge;
  const d = smoothPath(edge.points);
  if (link.boundaries.length === 0) return `<path class="member-tie" d="${d}"><title>member</title></path>`;
  const status = link.designed ? 'designed' : 'undesigned';
  const ids = link.boundaries.map((b) => b.id);
  const undesigned = link.boundaries.filter((b) => !isDesigned(b));
  const kinds = [...new Set(link.boundaries.map((b) => b.kind))].join(', ');
  const title = ids.length === 1 ? `${ids[0]} · ${kinds} · ${status}` : `${ids.length} boundaries (${ids.join(', ')}) · ${kinds} · ${undesigned.length} undesigned`;
  const text = ids.length === 1 ? ids[0]! : `${ids[0]} +${ids.length - 1}`;
  const target = (undesigned[0] ?? link.boundaries[0]!).id;
  // The label goes next to the end that fewer edges share, where labels do not pile up.
  const nearTarget = (degrees.get(link.to) ?? 0) <= (degrees.get(link.from) ?? 0);
  const label = labelPoint(edge.points, nearTarget);
  return (
    `<a href="#${options.boundaryAnchor(target)}" class="edge ${status}" data-boundary-id="${escapeHtml(ids.join(' '))}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<path d="${d}" marker-end="url(#${prefix}-arrow-${status})"/>` +
    `<text class="edge-label" x="${num(label.x + 4)}" y="${num(label.y + 4)}">${escapeHtml(text)}</text></a>`
  );
}

/** Straight through a row, a curve with vertical ends across each gap between rows. */
function smoothPath(points: Point[]): string {
  const parts = [`M${num(points[0]!.x)},${num(points[0]!.y)}`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (Math.abs(p.x - q.x) < 0.5) {
      parts.push(`L${num(q.x)},${num(q.y)}`);
    } else {
      const mid = (p.y + q.y) / 2;
      parts.push(`C${num(p.x)},${num(mid)} ${num(q.x)},${num(mid)} ${num(q.x)},${num(q.y)}`);
    }
  }
  return parts.join(' ');
}

/**
 * Where the edge's label (and click target) goes: the middle of its first or last stretch between
 * two rows (points alternate: a gap between rows, then a straight run through a row), clear of boxes.
 */
function labelPoint(points: Point[], nearTarget: boolean): Point {
  const i = nearTarget ? points.length - 2 : 0;
  const a = points[i]!;
  const b = points[i + 1]!;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function renderNode(node: PlacedNode, band: string, options: DiagramSvgOptions): string {
  const { component, group } = node.box;
  const cx = num(node.width / 2);
  const tier = node.box.component.tier ?? 'no tier';
  const title = `${component.name} (${component.kind}, ${tier}) ${component.file}:${component.line}`;
  const classes = `node kind-${escapeHtml(component.kind)}${group ? ` group${group.expanded ? ' expanded' : ''}` : ''}`;
  const toggle = group
    ? ` data-view-target="${escapeHtml(options.toggleTarget(component.id, group.expanded))}" role="button" tabindex="0" aria-expanded="${group.expanded}"`
    : '';
  const members = group ? memberText(component.kind, group.members, group.modelCalls) : '';
  return (
    `<g class="${classes}" data-component="${escapeHtml(component.id)}" data-tier="${escapeHtml(band)}"${toggle} transform="translate(${num(node.x)},${num(node.y)})">` +
    `<title>${escapeHtml(group ? `${title} · click to ${group.expanded ? 'fold' : 'show'} its ${members}` : title)}</title>` +
    `<rect width="${num(node.width)}" height="${num(node.height)}" rx="6"/>` +
    `<text class="name" x="${cx}" y="19">${escapeHtml(node.label)}</text>` +
    `<text class="kind" x="${cx}" y="36">${escapeHtml(`${component.kind} · ${component.framework}`)}</text>` +
    (group ? `<text class="toggle" x="${cx}" y="53">${group.expanded ? '▾' : '▸'} ${escapeHtml(members)}</text>` : '') +
    '</g>'
  );
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
