import type { DiagramLayout, PlacedEdge, PlacedNode, Point, TierBand } from './diagram-layout.js';
import { escapeHtml } from './escape.js';

/** Static inline SVG of a laid-out tier diagram; edges link to their boundary's detail view. */
export function renderDiagramSvg(layout: DiagramLayout, boundaryAnchor: (boundaryId: string) => string): string {
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  return [
    `<svg class="tier-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="diagram-title">`,
    '<title id="diagram-title">Tiers, components and boundaries</title>',
    '<defs>',
    arrowMarker('arrow-designed', 'designed'),
    arrowMarker('arrow-undesigned', 'undesigned'),
    '</defs>',
    `<g class="bands">${layout.bands.map((band, i) => renderBand(band, i, width)).join('')}</g>`,
    `<g class="edges">${layout.edges.map((edge) => renderEdge(edge, boundaryAnchor(edge.boundary.id))).join('')}</g>`,
    `<g class="nodes">${layout.nodes.map(renderNode).join('')}</g>`,
    '</svg>',
  ].join('\n');
}

function arrowMarker(id: string, status: string): string {
  return `<marker id="${id}" class="arrow ${status}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`;
}

function renderBand(band: TierBand, i: number, width: number): string {
  const title = band.rank === null ? band.label : `${band.rank} · ${band.label}`;
  return (
    `<g class="band${i % 2 === 1 ? ' odd' : ''}${band.rank === null ? ' outside' : ''}">` +
    `<rect x="0" y="${num(band.y)}" width="${width}" height="${num(band.height)}"/>` +
    `<text x="12" y="${num(band.y + 22)}">${escapeHtml(title)}</text></g>`
  );
}

function renderEdge(edge: PlacedEdge, anchor: string): string {
  if (edge.points.length < 2) return '';
  const status = edge.designed ? 'designed' : 'undesigned';
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
  const { boundary } = edge;
  const title = `${boundary.id} · ${boundary.kind} · ${status}`;
  const label = labelPoint(edge.points);
  return (
    `<a href="#${anchor}" class="edge ${status}" data-boundary-id="${escapeHtml(boundary.id)}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<path d="${d}" marker-end="url(#arrow-${status})"/>` +
    `<text class="edge-label" x="${num(label.x + 4)}" y="${num(label.y + 4)}">${escapeHtml(boundary.id)}</text></a>`
  );
}

/** The middle of the longest segment: where the edge's label (and click target) goes. */
function labelPoint(points: Point[]): Point {
  let best = { x: points[0]!.x, y: points[0]!.y, length: -1 };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > best.length) best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length };
  }
  return best;
}

function renderNode(node: PlacedNode): string {
  const { component } = node;
  const cx = num(node.width / 2);
  const title = `${component.name} (${component.kind}, ${component.tier ?? 'outside the stack'}) ${component.file}:${component.line}`;
  return (
    `<g class="node kind-${escapeHtml(component.kind)}" data-component-id="${escapeHtml(component.id)}" transform="translate(${num(node.x)},${num(node.y)})">` +
    `<title>${escapeHtml(title)}</title>` +
    `<rect width="${num(node.width)}" height="${num(node.height)}" rx="6"/>` +
    `<text class="name" x="${cx}" y="19">${escapeHtml(node.label)}</text>` +
    `<text class="kind" x="${cx}" y="36">${escapeHtml(`${component.kind} · ${component.framework}`)}</text></g>`
  );
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
