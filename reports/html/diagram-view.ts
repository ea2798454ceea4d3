import type { AnalysisReport, BoundaryInfo, ComponentInfo } from '../../analyzer/model.js';
import { isDesigned } from '../report-index.js';

/** Band of the model calls; tier names hold no spaces, so no tier can take it. */
export const MODEL_CALLS_BAND = 'model calls';
/** Band of components with no tier (functions shared by several components, untagged code). */
export const UNTIERED_BAND = 'untiered / shared';

export interface DiagramBand {
  /** The tier's name, or one of the two bands below the stack; carried as `data-tier`. */
  name: string;
  /** Null for the two bands below the stack. */
  rank: number | null;
}

/** A graph or workflow whose nodes or steps can be folded into its own box. */
export interface DiagramGroup {
  component: ComponentInfo;
  members: ComponentInfo[];
}

export interface ViewBox {
  component: ComponentInfo;
  band: number;
  /** Set on a graph or workflow that has members: how many, whether they are shown, and how many model calls only they make. */
  group?: { members: number; expanded: boolean; modelCalls: number };
}

/** One edge of the view: the boundaries between two shown boxes, or a group's tie to a member. */
export interface ViewLink {
  id: string;
  from: string;
  to: string;
  /** Empty for the tie between an expanded group and a member it has no boundary with. */
  boundaries: BoundaryInfo[];
  designed: boolean;
}

export interface DiagramView {
  /** `collapsed`, `all`, or the id of the one expanded group. */
  id: string;
  bands: DiagramBand[];
  boxes: ViewBox[];
  links: ViewLink[];
}

/** The bands, top to bottom: each tier with a shown component, in rank order, then model calls, then the untiered. */
export function diagramBands(report: AnalysisReport, shown: readonly ComponentInfo[]): { bands: DiagramBand[]; bandOf: (component: ComponentInfo) => number } {
  const tiers = [...report.tiers].sort((a, b) => a.rank - b.rank);
  const tierNames = new Set(tiers.map((t) => t.name));
  const nameOf = (c: ComponentInfo) =>
    c.tier !== null && tierNames.has(c.tier) ? c.tier : c.kind === 'model-call' ? MODEL_CALLS_BAND : UNTIERED_BAND;
  const used = new Set(shown.map(nameOf));
  const bands: DiagramBand[] = [
    ...tiers.filter((t) => used.has(t.name)).map((t) => ({ name: t.name, rank: t.rank })),
    ...[MODEL_CALLS_BAND, UNTIERED_BAND].filter((name) => used.has(name)).map((name) => ({ name, rank: null })),
  ];
  const index = new Map(bands.map((b, i) => [b.name, i]));
  return { bands, bandOf: (c) => index.get(nameOf(c))! };
}

/** Graphs with nodes and workflows with steps, in report order. */
export function diagramGroups(report: AnalysisReport): DiagramGroup[] {
  const byId = new Map(report.components.map((c) => [c.id, c]));
  const groups = new Map<string, DiagramGroup>();
  for (const member of report.components) {
    const parent = member.parent === undefined ? undefined : byId.get(member.parent);
    if (!parent || (member.kind !== 'node' && member.kind !== 'step')) continue;
    const group = groups.get(parent.id) ?? { component: parent, members: [] };
    group.members.push(member);
    groups.set(parent.id, group);
  }
  return report.components.flatMap((c) => groups.get(c.id) ?? []);
}

/**
 * The diagram with the given groups expanded and the others folded: a folded group's box stands
 * for its members, so a boundary into a member is drawn into the group, and boundaries between
 * the same two boxes share one edge.
 */
export function diagramView(report: AnalysisReport, groups: readonly DiagramGroup[], expanded: ReadonlySet<string>, id: string): DiagramView {
  const shownAs = new Map<string, string>();
  const groupOf = new Map(groups.map((g) => [g.component.id, g]));
  for (const group of groups) {
    if (expanded.has(group.component.id)) continue;
    for (const member of group.members) shownAs.set(member.id, group.component.id);
  }
  // A model call made only by folded members of one group folds into that group too.
  const callers = new Map<string, Set<string>>();
  for (const boundary of report.boundaries) {
    if (boundary.kind !== 'model') continue;
    const set = callers.get(boundary.to) ?? new Set<string>();
    set.add(shownAs.get(boundary.from) ?? boundary.from);
    callers.set(boundary.to, set);
  }
  const foldedModels = new Map<string, number>();
  for (const [model, from] of callers) {
    const [only] = from;
    if (from.size !== 1 || !groupOf.has(only!) || expanded.has(only!)) continue;
    const original = report.boundaries.filter((b) => b.kind === 'model' && b.to === model);
    if (!original.every((b) => shownAs.has(b.from))) continue;
    shownAs.set(model, only!);
    foldedModels.set(only!, (foldedModels.get(only!) ?? 0) + 1);
  }
  const shown = report.components.filter((c) => !shownAs.has(c.id));
  const { bands, bandOf } = diagramBands(report, shown);
  const boxes: ViewBox[] = shown.map((component) => {
      const group = groupOf.get(component.id);
      const box: ViewBox = { component, band: bandOf(component) };
      if (group) box.group = { members: group.members.length, expanded: expanded.has(component.id), modelCalls: foldedModels.get(component.id) ?? 0 };
      return box;
    });

  const links = new Map<string, ViewLink>();
  for (const boundary of report.boundaries) {
    const from = shownAs.get(boundary.from) ?? boundary.from;
    const to = shownAs.get(boundary.to) ?? boundary.to;
    if (from === to) continue;
    const key = `${from}>${to}`;
    const link = links.get(key) ?? { id: `l${links.size + 1}`, from, to, boundaries: [], designed: true };
    link.boundaries.push(boundary);
    link.designed &&= isDesigned(boundary);
    links.set(key, link);
  }
  for (const group of groups) {
    if (!expanded.has(group.component.id)) continue;
    for (const member of group.members) {
      const key = `${group.component.id}>${member.id}`;
      if (!links.has(key)) links.set(key, { id: `l${links.size + 1}`, from: group.component.id, to: member.id, boundaries: [], designed: true });
    }
  }
  return { id, bands, boxes, links: [...links.values()] };
}

/** `12 nodes`, `5 steps · 2 model calls`: what a graph or workflow box holds. */
export function memberText(kind: string, members: number, modelCalls: number): string {
  const noun = kind === 'workflow' ? 'step' : 'node';
  const text = `${members} ${noun}${members === 1 ? '' : 's'}`;
  return modelCalls === 0 ? text : `${text} · ${modelCalls} model call${modelCalls === 1 ? '' : 's'}`;
}
