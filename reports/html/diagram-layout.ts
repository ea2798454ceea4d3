import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { AnalysisReport, BoundaryInfo, ComponentInfo } from '../../analyzer/model.js';
import { isDesigned, type ReportIndex } from '../report-index.js';

export interface Point {
  x: number;
  y: number;
}

export interface TierBand {
  label: string;
  /** Null for the band of components outside the stack. */
  rank: number | null;
  y: number;
  height: number;
}

export interface PlacedNode {
  component: ComponentInfo;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name as drawn, shortened when it is too long for the box. */
  label: string;
}

export interface PlacedEdge {
  boundary: BoundaryInfo;
  designed: boolean;
  points: Point[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  bands: TierBand[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Room on the left of each band for its tier's name. */
export const BAND_LABEL_WIDTH = 170;
const NODE_HEIGHT = 46;
const MAX_LABEL_CHARS = 32;
const BAND_PADDING = 18;
const MARGIN = 16;

/**
 * Lays the tier diagram out at report time with ELK's layered algorithm, top to bottom.
 * Each tier is an ELK partition, so tiers stay in rank order whatever the edges say
 * (upward dependencies included), and each tier becomes a horizontal band.
 */
export async function layoutTierDiagram(report: AnalysisReport, index: ReportIndex): Promise<DiagramLayout> {
  const groups = index.tierGroups.filter((g) => g.components.length > 0);
  const elkIds = new Map<string, string>();
  const children: ElkNode[] = [];
  const labels = new Map<string, string>();
  groups.forEach((group, partition) => {
    for (const component of group.components) {
      const id = `n${children.length}`;
      elkIds.set(component.id, id);
      const label = shorten(component.name);
      labels.set(id, label);
      const chars = Math.max(label.length, component.kind.length + component.framework.length + 3);
      children.push({
        id,
        width: Math.round(Math.max(110, chars * 7.4 + 28)),
        height: NODE_HEIGHT,
        layoutOptions: { 'elk.partitioning.partition': String(partition) },
      });
    }
  });
  const drawn = report.boundaries.filter((b) => elkIds.has(b.from) && elkIds.has(b.to));
  const edges: ElkExtendedEdge[] = drawn.map((b, i) => ({
    id: `e${i}`,
    sources: [elkIds.get(b.from)!],
    targets: [elkIds.get(b.to)!],
  }));

  const elk = new ElkModule.default();
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.padding': `[top=${BAND_PADDING + 8},left=${BAND_LABEL_WIDTH},bottom=${BAND_PADDING},right=${MARGIN}]`,
    },
    children,
    edges,
  };
  const result = await elk.layout(graph);

  const placed = new Map<string, ElkNode>((result.children ?? []).map((n) => [n.id, n]));
  const componentsById = new Map(report.components.map((c) => [c.id, c]));
  const nodes: PlacedNode[] = [];
  for (const [componentId, elkId] of elkIds) {
    const node = placed.get(elkId);
    const component = componentsById.get(componentId);
    if (node === undefined || component === undefined) continue;
    nodes.push({
      component,
      x: node.x ?? 0,
      y: node.y ?? 0,
      width: node.width ?? 0,
      height: node.height ?? NODE_HEIGHT,
      label: labels.get(elkId) ?? component.name,
    });
  }
  const width = Math.max(result.width ?? 0, BAND_LABEL_WIDTH + 200);
  const height = result.height ?? 0;
  const bands = bandsFor(groups.map((g) => ({ label: g.label, rank: g.tier?.rank ?? null, ids: g.components.map((c) => c.id) })), nodes, height);
  const placedEdges = (result.edges ?? []).map((edge, i) => {
    const boundary = drawn[i]!;
    const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    return { boundary, designed: isDesigned(boundary), points };
  });
  return { width, height, bands, nodes, edges: placedEdges };
}

/** Bands split the height between consecutive tiers halfway between their nodes. */
function bandsFor(groups: { label: string; rank: number | null; ids: string[] }[], nodes: PlacedNode[], height: number): TierBand[] {
  const extents = groups.map((group) => {
    const own = nodes.filter((n) => group.ids.includes(n.component.id));
    return { top: Math.min(...own.map((n) => n.y)), bottom: Math.max(...own.map((n) => n.y + n.height)) };
  });
  return groups.map((group, i) => {
    const top = i === 0 ? 0 : (extents[i - 1]!.bottom + extents[i]!.top) / 2;
    const bottom = i === groups.length - 1 ? height : (extents[i]!.bottom + extents[i + 1]!.top) / 2;
    return { label: group.label, rank: group.rank, y: top, height: bottom - top };
  });
}

function shorten(name: string): string {
  const chars = [...name];
  return chars.length <= MAX_LABEL_CHARS ? name : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}
