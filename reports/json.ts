import type { AnalysisReport } from '../analyzer/model.js';

/** The stable JSON contract of DESIGN.md §7. */
export function formatJson(report: AnalysisReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
