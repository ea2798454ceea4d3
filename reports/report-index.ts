import { RULE_IDS } from '../analyzer/model.js';
import type { AnalysisReport, BoundaryInfo, ComponentInfo, FindingInfo, RuleId, TierInfo } from '../analyzer/model.js';

/** Name of the pseudo-tier that holds model calls and untiered components in diagrams. */
export const OUTSIDE_TIER = 'outside the stack';

export interface TierGroup {
  /** Null for the group of components without a tier (model calls). */
  tier: TierInfo | null;
  label: string;
  components: ComponentInfo[];
}

/** Lookups shared by the markdown and HTML reporters. */
export interface ReportIndex {
  component(id: string): ComponentInfo | undefined;
  boundary(id: string): BoundaryInfo | undefined;
  /** Tiers top to bottom, then the untiered group when it has members. */
  tierGroups: TierGroup[];
  findingsByRule: Map<RuleId, FindingInfo[]>;
  findingsByBoundary: Map<string, FindingInfo[]>;
}

export function indexReport(report: AnalysisReport): ReportIndex {
  const components = new Map(report.components.map((c) => [c.id, c]));
  const boundaries = new Map(report.boundaries.map((b) => [b.id, b]));
  const tiers = [...report.tiers].sort((a, b) => a.rank - b.rank);
  const tierNames = new Set(tiers.map((t) => t.name));
  const tierGroups: TierGroup[] = tiers.map((tier) => ({
    tier,
    label: tier.name,
    components: report.components.filter((c) => c.tier === tier.name),
  }));
  const untiered = report.components.filter((c) => c.tier === null || !tierNames.has(c.tier));
  if (untiered.length > 0) tierGroups.push({ tier: null, label: OUTSIDE_TIER, components: untiered });

  const findingsByRule = new Map<RuleId, FindingInfo[]>();
  for (const id of RULE_IDS) {
    const found = report.findings.filter((f) => f.ruleId === id);
    if (found.length > 0) findingsByRule.set(id, found);
  }
  const findingsByBoundary = new Map<string, FindingInfo[]>();
  for (const finding of report.findings) {
    if (finding.boundary === null) continue;
    const list = findingsByBoundary.get(finding.boundary) ?? [];
    list.push(finding);
    findingsByBoundary.set(finding.boundary, list);
  }
  return {
    component: (id) => components.get(id),
    boundary: (id) => boundaries.get(id),
    tierGroups,
    findingsByRule,
    findingsByBoundary,
  };
}

export function isDesigned(boundary: BoundaryInfo): boolean {
  const { declared, calibrated, preserving, directed } = boundary.checks;
  return declared && calibrated && preserving && directed;
}

/** "read ÷ exposed" as shown in reports, e.g. `2 / 11`; `—` when nothing is exposed. */
export function bandwidthUsed(boundary: BoundaryInfo): string {
  if (boundary.exposed.length === 0) return '—';
  return `${boundary.read.length} / ${boundary.exposed.length}`;
}

/** Null when there are no boundaries to judge. */
export function designedPercent(report: AnalysisReport): number | null {
  if (report.boundaries.length === 0) return null;
  return Math.round((report.summary.designed / report.boundaries.length) * 100);
}

export function componentLabel(index: ReportIndex, id: string): string {
  return index.component(id)?.name ?? id;
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
