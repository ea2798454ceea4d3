import type { AnalysisReport } from '../analyzer/model.js';
import { mermaidTierDiagram } from './markdown/mermaid-diagram.js';
import { indexReport, isDesigned } from './report-index.js';

export type GraphFormat = 'json' | 'dot' | 'mermaid';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['json', 'dot', 'mermaid'];

/** `tzimtzum graph`: components, tiers and boundaries only, without findings; info diagnostics (nothing recognised) too. */
export function formatGraph(report: AnalysisReport, format: GraphFormat): string {
  switch (format) {
    case 'json': {
      const { schemaVersion, tool, tiers, components, boundaries, diagnostics } = report;
      return `${JSON.stringify({ schemaVersion, tool, tiers, components, boundaries, diagnostics: diagnostics.filter((d) => d.severity === 'info') }, null, 2)}\n`;
    }
    case 'mermaid':
      return withComments(`${mermaidTierDiagram(report, indexReport(report), Number.POSITIVE_INFINITY).source}\n`, '%%', report);
    case 'dot':
      return withComments(formatDot(report), '//', report);
  }
}

/** The graph says what the audit says when it is empty for want of components: as comments after its first line. */
function withComments(text: string, marker: string, report: AnalysisReport): string {
  const notes = report.diagnostics.filter((d) => d.severity === 'info').map((d) => `${marker} info: ${d.message.replace(/[\r\n]+/g, ' ')}\n`);
  if (notes.length === 0) return text;
  const firstLine = text.indexOf('\n') + 1;
  return text.slice(0, firstLine) + notes.join('') + text.slice(firstLine);
}

/** Graphviz: one cluster per tier, top to bottom; designed boundaries solid green, others dashed red. */
function formatDot(report: AnalysisReport): string {
  const index = indexReport(report);
  const lines = ['digraph tzimtzum {', '  rankdir=TB;', '  node [shape=box, style=rounded, fontname="sans-serif"];'];
  index.tierGroups.forEach((group, i) => {
    lines.push(`  subgraph cluster_${i} {`, `    label=${quote(group.label)};`);
    for (const component of group.components) lines.push(`    ${component.id} [label=${quote(`${component.name}\n${component.kind}`)}];`);
    lines.push('  }');
  });
  for (const boundary of report.boundaries) {
    const style = isDesigned(boundary) ? 'color="#1a7f37"' : 'color="#cf222e", style=dashed';
    lines.push(`  ${boundary.from} -> ${boundary.to} [label=${quote(`${boundary.id} ${boundary.kind}`)}, ${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
