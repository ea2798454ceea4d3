import type { AnalysisReport, BoundaryInfo } from '../../analyzer/model.js';
import { isDesigned, pluralize, type ReportIndex } from '../report-index.js';
import { escapeMermaidLabel } from './escape.js';

export const DESIGNED_COLOR = '#1a7f37';
export const UNDESIGNED_COLOR = '#cf222e';

export interface MermaidDiagram {
  /** The flowchart source, without the surrounding code fence. */
  source: string;
  /** True when the graph was too large and is drawn one node per tier. */
  collapsed: boolean;
}

/**
 * A top-to-bottom flowchart: one subgraph per tier, boundaries as edges, designed ones solid
 * green, undesigned ones dotted red. Past `maxComponents` it collapses to one node per tier.
 */
export function mermaidTierDiagram(report: AnalysisReport, index: ReportIndex, maxComponents: number): MermaidDiagram {
  const collapsed = report.components.length > maxComponents;
  const lines = ['flowchart TB'];
  const edges = collapsed ? collapsedEdges(report, index, lines) : componentEdges(report, index, lines);
  edges.forEach((edge, i) => {
    const arrow = edge.designed ? '-->' : '-.->';
    lines.push(`  ${edge.from} ${arrow}|"${escapeMermaidLabel(edge.label)}"| ${edge.to}`);
    edge.index = i;
  });
  // Invisible links between consecutive tiers keep them in rank order; they come after the
  // boundary edges so that `linkStyle` indices are the boundary indices.
  for (let i = 1; i < index.tierGroups.length; i++) lines.push(`  t${i - 1} ~~~ t${i}`);
  const designed = edges.filter((e) => e.designed).map((e) => e.index);
  const undesigned = edges.filter((e) => !e.designed).map((e) => e.index);
  if (designed.length > 0) lines.push(`  linkStyle ${designed.join(',')} stroke:${DESIGNED_COLOR},stroke-width:2px`);
  if (undesigned.length > 0) lines.push(`  linkStyle ${undesigned.join(',')} stroke:${UNDESIGNED_COLOR},stroke-width:2px`);
  return { source: lines.join('\n'), collapsed };
}

interface Edge {
  from: string;
  to: string;
  label: string;
  designed: boolean;
  index: number;
}

function componentEdges(report: AnalysisReport, index: ReportIndex, lines: string[]): Edge[] {
  const nodeIds = new Map<string, string>();
  lines.push('  classDef component fill:#f6f8fa,stroke:#57606a,color:#1f2328');
  index.tierGroups.forEach((group, t) => {
    lines.push(`  subgraph t${t}["${escapeMermaidLabel(tierTitle(group.tier?.rank, group.label))}"]`);
    for (const component of group.components) {
      const id = `n${nodeIds.size}`;
      nodeIds.set(component.id, id);
      lines.push(`    ${id}["${escapeMermaidLabel(component.name)}<br>${escapeMermaidLabel(component.kind)}"]:::component`);
    }
    lines.push('  end');
  });
  const edges: Edge[] = [];
  for (const boundary of report.boundaries) {
    const from = nodeIds.get(boundary.from);
    const to = nodeIds.get(boundary.to);
    if (from === undefined || to === undefined) continue;
    edges.push({ from, to, label: boundary.kind, designed: isDesigned(boundary), index: 0 });
  }
  return edges;
}

function collapsedEdges(report: AnalysisReport, index: ReportIndex, lines: string[]): Edge[] {
  const groupOf = new Map<string, string>();
  lines.push('  classDef tier fill:#f6f8fa,stroke:#57606a,color:#1f2328');
  index.tierGroups.forEach((group, t) => {
    for (const component of group.components) groupOf.set(component.id, `t${t}`);
    const title = `${tierTitle(group.tier?.rank, group.label)}: ${pluralize(group.components.length, 'component')}`;
    lines.push(`  t${t}["${escapeMermaidLabel(title)}"]:::tier`);
  });
  const aggregated = new Map<string, { from: string; to: string; boundaries: BoundaryInfo[] }>();
  for (const boundary of report.boundaries) {
    const from = groupOf.get(boundary.from);
    const to = groupOf.get(boundary.to);
    if (from === undefined || to === undefined) continue;
    const key = `${from}>${to}`;
    const entry = aggregated.get(key) ?? { from, to, boundaries: [] };
    entry.boundaries.push(boundary);
    aggregated.set(key, entry);
  }
  return [...aggregated.values()].map(({ from, to, boundaries }) => {
    const undesigned = boundaries.filter((b) => !isDesigned(b)).length;
    const label = `${pluralize(boundaries.length, 'boundary', 'boundaries')}, ${undesigned} undesigned`;
    return { from, to, label, designed: undesigned === 0, index: 0 };
  });
}

function tierTitle(rank: number | undefined, label: string): string {
  return rank === undefined ? label : `${rank} · ${label}`;
}
