import { layoutBands, type Point } from './banded-layout.js';
import { memberText, type DiagramBand, type DiagramView, type ViewBox, type ViewLink } from './diagram-view.js';

export type { Point } from './banded-layout.js';

export interface TierBand {
  band: DiagramBand;
  y: number;
  height: number;
}

export interface PlacedNode {
  box: ViewBox;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name as drawn, shortened when it is too long for the box. */
  label: string;
}

export interface PlacedEdge {
  link: ViewLink;
  points: Point[];
}

export interface DiagramLayout {
  view: DiagramView;
  width: number;
  height: number;
  bands: TierBand[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Room on the left of each band for its tier's name. */
export const BAND_LABEL_WIDTH = 170;
const NODE_HEIGHT = 46;
/** A graph or workflow box has a third line: its members, and the toggle. */
const GROUP_HEIGHT = 62;
const MAX_LABEL_CHARS = 32;
const MAX_ROW_WIDTH = 1280;

/** Lays a diagram view out at report time: one band per tier, top to bottom, each box inside its band. */
export function layoutTierDiagram(view: DiagramView): DiagramLayout {
  const labels = new Map<string, string>();
  const inputs = view.boxes.map((box) => {
    const { component } = box;
    const label = shorten(component.name);
    labels.set(component.id, label);
    const toggle = box.group ? memberText(component.kind, box.group.members, box.group.modelCalls).length + 2 : 0;
    const chars = Math.max(label.length, component.kind.length + component.framework.length + 3, toggle);
    return {
      id: component.id,
      band: box.band,
      width: Math.round(Math.max(110, chars * 7.4 + 28)),
      height: box.group ? GROUP_HEIGHT : NODE_HEIGHT,
    };
  });
  const layout = layoutBands(inputs, view.links, { bandCount: view.bands.length, left: BAND_LABEL_WIDTH, maxRowWidth: MAX_ROW_WIDTH });
  const boxes = new Map(view.boxes.map((b) => [b.component.id, b]));
  const links = new Map(view.links.map((l) => [l.id, l]));
  return {
    view,
    width: layout.width,
    height: layout.height,
    bands: layout.bands.map((placed, i) => ({ band: view.bands[i]!, ...placed })),
    nodes: layout.boxes.map((placed) => ({
      box: boxes.get(placed.id)!,
      x: placed.x,
      y: placed.y,
      width: placed.width,
      height: placed.height,
      label: labels.get(placed.id)!,
    })),
    edges: layout.links.map((placed) => ({ link: links.get(placed.id)!, points: placed.points })),
  };
}

function shorten(name: string): string {
  const chars = [...name];
  return chars.length <= MAX_LABEL_CHARS ? name : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}
