import type { Analysis } from '../analyze.js';
import type { Boundary } from '../boundaries/boundary.js';
import type { Component } from '../components/component.js';
import type { Finding } from '../findings/finding.js';
import type { FrameworkEdge } from '../frameworks/framework-adapter.js';
import type { AnalysisReport, BoundaryChecks, BoundaryInfo, ComponentInfo, FindingInfo, RuleId, RuleLevel } from '../model.js';
import { checkerFaultDiagnostics } from '../program/checker-faults.js';
import { relativePath } from '../program/project-files.js';
import { RULE_CATALOG } from '../rule-catalog.js';
import { boundaryExposure, type BoundaryExposure } from '../exposure/boundary-exposure.js';
import { fingerprintFindings } from './fingerprint.js';
import { reshimuTrails } from './reshimu-trails.js';

export const TOOL_VERSION = '0.1.0';

export interface ReportOptions {
  levels: Record<RuleId, RuleLevel>;
  /** When given, only findings in these files (relative paths) are reported. */
  onlyFiles?: ReadonlySet<string>;
}

/** The JSON report of DESIGN.md §7; rules at level `off` report nothing, but still judge boundaries. */
export function buildReport(analysis: Analysis, options: ReportOptions): AnalysisReport {
  const { context } = analysis;
  // Read first: reading them in order gives the boundaries (and components) the ids findings name them by.
  const ordered = context.boundaries;
  const rel = (fileName: string) => relativePath(context.rootDir, fileName);
  const fingerprints = fingerprintFindings(analysis.findings, (f) => rel(f.sourceFile.fileName));

  const findings: FindingInfo[] = [];
  analysis.findings.forEach((finding, i) => {
    const level = options.levels[finding.ruleId];
    const file = rel(finding.sourceFile.fileName);
    if (level === 'off' || (options.onlyFiles && !options.onlyFiles.has(file))) return;
    findings.push(toFindingInfo(finding, file, level === 'error' ? 'error' : 'warning', fingerprints[i]!));
  });

  const findingsAt = new Map<Boundary, Finding[]>();
  for (const finding of analysis.findings) {
    if (!finding.boundary) continue;
    const list = findingsAt.get(finding.boundary);
    if (list) list.push(finding);
    else findingsAt.set(finding.boundary, [finding]);
  }
  const boundaries = ordered.map((boundary) =>
    toBoundaryInfo(boundary, boundaryExposure(context, boundary), findingsAt.get(boundary) ?? [], options.levels, rel),
  );
  const parents = memberships(context.frameworks.edges);
  const components: ComponentInfo[] = context.components.all.map((component) => {
    const sourceFile = component.node.getSourceFile();
    const info: ComponentInfo = {
      id: component.id,
      kind: component.kind,
      name: component.name,
      tier: component.tier,
      framework: component.framework,
      file: rel(sourceFile.fileName),
      line: sourceFile.getLineAndCharacterOfPosition(component.node.getStart(sourceFile)).line + 1,
    };
    const parent = parents.get(component);
    if (parent) info.parent = parent.id;
    return info;
  });

  // Trails first: every checker fault of the analysis is known before the diagnostics are listed.
  const reshimu = reshimuTrails(context);
  return {
    schemaVersion: 1,
    tool: { name: 'tzimtzum', version: TOOL_VERSION },
    tiers: context.tiers.tiers,
    components,
    boundaries,
    findings,
    diagnostics: [...context.diagnostics, ...checkerFaultDiagnostics(context.checker, context.rootDir)],
    reshimu,
    summary: {
      components: components.length,
      boundaries: boundaries.length,
      designed: boundaries.filter((b) => Object.values(b.checks).every(Boolean)).length,
      findings: {
        error: findings.filter((f) => f.severity === 'error').length,
        warning: findings.filter((f) => f.severity === 'warning').length,
      },
    },
  };
}

/** The graph each node was added to and the workflow each step was given to (the first, when several). */
function memberships(edges: readonly FrameworkEdge[]): Map<Component, Component> {
  const parents = new Map<Component, Component>();
  for (const edge of edges) {
    if (!('kind' in edge.from) || parents.has(edge.to)) continue;
    const node = edge.kind === 'node' && edge.from.kind === 'graph' && edge.to.kind === 'node';
    const step = edge.kind === 'step' && edge.from.kind === 'workflow' && edge.to.kind === 'step';
    if (node || step) parents.set(edge.to, edge.from);
  }
  return parents;
}

function toFindingInfo(finding: Finding, file: string, severity: FindingInfo['severity'], fingerprint: string): FindingInfo {
  const start = finding.sourceFile.getLineAndCharacterOfPosition(finding.start);
  const end = finding.sourceFile.getLineAndCharacterOfPosition(finding.end);
  return {
    ruleId: finding.ruleId,
    severity,
    message: finding.message,
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    boundary: finding.boundary?.id ?? null,
    fingerprint,
  };
}

function toBoundaryInfo(
  boundary: Boundary,
  exposure: BoundaryExposure,
  /** The findings located at this boundary. */
  findings: readonly Finding[],
  levels: Record<RuleId, RuleLevel>,
  rel: (fileName: string) => string,
): BoundaryInfo {
  const checks: BoundaryChecks = { declared: true, calibrated: true, preserving: true, directed: true };
  for (const finding of findings) {
    if (levels[finding.ruleId] === 'off') continue;
    checks[RULE_CATALOG[finding.ruleId].check] = false;
  }
  const sourceFile = boundary.site.getSourceFile();
  return {
    id: boundary.id,
    from: boundary.from.id,
    to: boundary.to.id,
    kind: boundary.kind,
    file: rel(sourceFile.fileName),
    line: sourceFile.getLineAndCharacterOfPosition(boundary.site.getStart(sourceFile)).line + 1,
    contract: exposure.contract,
    exposed: exposure.exposed,
    read: exposure.read,
    checks,
  };
}
