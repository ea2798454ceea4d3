/**
 * A layered (Sugiyama-style) layout whose layers are fixed in advance: every box belongs to a
 * band, the bands are stacked top to bottom in the order given, and a band holds as many rows
 * as it needs (a box one row below the box of its band that delegates to it; long rows wrap).
 * So a box can never leave its band, whatever the edges say: upward edges are drawn upward.
 */

export interface Point {
  x: number;
  y: number;
}

export interface BoxInput {
  id: string;
  band: number;
  width: number;
  height: number;
}

export interface LinkInput {
  id: string;
  from: string;
  to: string;
}

export interface PlacedBox extends BoxInput {
  x: number;
  y: number;
}

export interface PlacedLink {
  id: string;
  /** From the source box to the target box, through the gaps between rows. */
  points: Point[];
}

export interface PlacedBand {
  y: number;
  height: number;
}

export interface BandedLayout {
  width: number;
  height: number;
  bands: PlacedBand[];
  boxes: PlacedBox[];
  links: PlacedLink[];
}

export interface BandedLayoutOptions {
  bandCount: number;
  /** Left edge of the boxes (room for the band labels). */
  left: number;
  /** A row wraps past this width. */
  maxRowWidth: number;
}

const BOX_GAP = 28;
const DUMMY_GAP = 14;
const ROW_GAP = 44;
const BAND_PADDING = 22;
const MARGIN = 16;
const ORDER_SWEEPS = 12;
const PLACEMENT_SWEEPS = 16;

interface Slot {
  id: string;
  width: number;
  /** Null for a point where an edge passes through the row. */
  box: PlacedBox | null;
  x: number;
  up: Slot[];
  down: Slot[];
}

export function layoutBands(boxes: readonly BoxInput[], links: readonly LinkInput[], options: BandedLayoutOptions): BandedLayout {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const usable = links.filter((l) => l.from !== l.to && byId.has(l.from) && byId.has(l.to));
  const rows = assignRows(boxes, usable, options);
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => row.forEach((box) => rowOf.set(box.id, r)));

  const slotRows: Slot[][] = rows.map((row) => row.map((box) => ({ id: box.id, width: box.width, box: { ...box, x: 0, y: 0 }, x: 0, up: [], down: [] })));
  const slotOf = new Map<string, Slot>();
  for (const row of slotRows) for (const slot of row) slotOf.set(slot.id, slot);

  // Each link becomes a chain of slots from its upper end to its lower end.
  const chains = new Map<string, { slots: Slot[]; reversed: boolean }>();
  for (const link of usable) {
    const reversed = rowOf.get(link.from)! > rowOf.get(link.to)!;
    const upper = slotOf.get(reversed ? link.to : link.from)!;
    const lower = slotOf.get(reversed ? link.from : link.to)!;
    const slots = [upper];
    for (let r = rowOf.get(upper.id)! + 1; r < rowOf.get(lower.id)!; r++) {
      const dummy: Slot = { id: `${link.id}@${r}`, width: 0, box: null, x: 0, up: [], down: [] };
      slotRows[r]!.push(dummy);
      slots.push(dummy);
    }
    slots.push(lower);
    for (let i = 1; i < slots.length; i++) {
      slots[i - 1]!.down.push(slots[i]!);
      slots[i]!.up.push(slots[i - 1]!);
    }
    chains.set(link.id, { slots, reversed });
  }

  orderRows(slotRows);
  placeRows(slotRows, options.left);

  // Rows top to bottom; each band is padded, and bands touch.
  const rowTop: number[] = [];
  const rowHeight = rows.map((row) => Math.max(0, ...row.map((b) => b.height)));
  const bands: PlacedBand[] = [];
  let y = 0;
  for (let band = 0; band < options.bandCount; band++) {
    const top = y;
    y += BAND_PADDING;
    const own = rows.map((row, r) => ({ row, r })).filter(({ row }) => row[0]?.band === band);
    own.forEach(({ r }, i) => {
      rowTop[r] = y;
      y += rowHeight[r]! + (i < own.length - 1 ? ROW_GAP : 0);
    });
    y += BAND_PADDING;
    bands.push({ y: top, height: y - top });
  }

  const placed: PlacedBox[] = [];
  slotRows.forEach((row, r) => {
    for (const slot of row) {
      if (!slot.box) continue;
      slot.box.x = slot.x - slot.width / 2;
      slot.box.y = rowTop[r]! + (rowHeight[r]! - slot.box.height) / 2;
      placed.push(slot.box);
    }
  });
  const order = new Map(boxes.map((b, i) => [b.id, i]));
  placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const ports = portOffsets(slotRows);
  const placedLinks: PlacedLink[] = usable.map((link) => {
    const { slots, reversed } = chains.get(link.id)!;
    const points: Point[] = [];
    slots.forEach((slot, i) => {
      const r = rowOf.get(slot.id) ?? rowOf.get(slots[0]!.id)! + i;
      if (slot.box) {
        const edgeKey = i === 0 ? `${slot.id}>${slots[1]!.id}` : `${slot.id}<${slots[i - 1]!.id}`;
        const x = slot.x + (ports.get(edgeKey) ?? 0);
        points.push({ x, y: i === 0 ? slot.box.y + slot.box.height : slot.box.y });
      } else {
        points.push({ x: slot.x, y: rowTop[r]! }, { x: slot.x, y: rowTop[r]! + rowHeight[r]! });
      }
    });
    return { id: link.id, points: reversed ? points.reverse() : points };
  });

  const right = Math.max(options.left + 200, ...placed.map((b) => b.x + b.width));
  return { width: right + MARGIN, height: y, bands, boxes: placed, links: placedLinks };
}

/**
 * Rows of each band: a box sits one row below the deepest box of its own band that links to it
 * (links closing a cycle are ignored), and a row wider than the maximum wraps onto the next.
 */
function assignRows(boxes: readonly BoxInput[], links: readonly LinkInput[], options: BandedLayoutOptions): BoxInput[][] {
  const rows: BoxInput[][] = [];
  for (let band = 0; band < options.bandCount; band++) {
    const own = boxes.filter((b) => b.band === band);
    const ids = new Set(own.map((b) => b.id));
    const next = new Map<string, string[]>(own.map((b) => [b.id, []]));
    for (const link of links) if (ids.has(link.from) && ids.has(link.to)) next.get(link.from)!.push(link.to);
    const depth = depths(own.map((b) => b.id), next);
    const maxDepth = Math.max(0, ...depth.values());
    for (let d = 0; d <= maxDepth; d++) {
      const level = own.filter((b) => depth.get(b.id) === d);
      if (level.length > 0) rows.push(...wrap(level, options.maxRowWidth));
    }
  }
  return rows;
}

/** Longest-path depth over the links that do not close a cycle (found by depth-first search). */
function depths(ids: string[], next: Map<string, string[]>): Map<string, number> {
  const state = new Map<string, 'open' | 'done'>();
  const forward = new Map<string, string[]>(ids.map((id) => [id, []]));
  const finished: string[] = [];
  const visit = (root: string) => {
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = next.get(top.id)!;
      if (top.i < targets.length) {
        const target = targets[top.i++]!;
        if (state.get(target) === 'open') continue;
        forward.get(top.id)!.push(target);
        if (!state.has(target)) {
          state.set(target, 'open');
          stack.push({ id: target, i: 0 });
        }
      } else {
        state.set(top.id, 'done');
        finished.push(top.id);
        stack.pop();
      }
    }
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  const depth = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of finished.reverse()) {
    for (const target of forward.get(id)!) depth.set(target, Math.max(depth.get(target)!, depth.get(id)! + 1));
  }
  return depth;
}

/** Splits a row into balanced rows no wider than `maxWidth` (a box wider than that gets its own). */
function wrap(level: BoxInput[], maxWidth: number): BoxInput[][] {
  const total = level.reduce((sum, b) => sum + b.width + BOX_GAP, 0);
  const count = Math.max(1, Math.ceil(total / maxWidth));
  const target = total / count;
  const rows: BoxInput[][] = [[]];
  let width = 0;
  for (const box of level) {
    if (width > 0 && width + box.width + BOX_GAP > Math.max(target * 1.15, box.width + BOX_GAP) && width + box.width > maxWidth * 0.5) {
      rows.push([]);
      width = 0;
    }
    rows[rows.length - 1]!.push(box);
    width += box.width + BOX_GAP;
  }
  return rows;
}

/** Barycentre sweeps down and up, keeping the order with the fewest crossings. */
function orderRows(rows: Slot[][]): void {
  const position = new Map<Slot, number>();
  const index = () => rows.forEach((row) => row.forEach((slot, i) => position.set(slot, i)));
  index();
  let best = rows.map((row) => [...row]);
  let bestCrossings = crossings(rows, position);
  for (let sweep = 0; sweep < ORDER_SWEEPS && bestCrossings > 0; sweep++) {
    const downward = sweep % 2 === 0;
    const sequence = downward ? rows.map((_, r) => r).slice(1) : rows.map((_, r) => r).reverse().slice(1);
    for (const r of sequence) {
      const row = rows[r]!;
      const keyed = row.map((slot, i) => {
        const neighbours = downward ? slot.up : slot.down;
        const key = neighbours.length === 0 ? i : neighbours.reduce((sum, n) => sum + position.get(n)!, 0) / neighbours.length;
        return { slot, key, i };
      });
      keyed.sort((a, b) => a.key - b.key || a.i - b.i);
      rows[r] = keyed.map((k) => k.slot);
      rows[r]!.forEach((slot, i) => position.set(slot, i));
    }
    const count = crossings(rows, position);
    if (count < bestCrossings) {
      bestCrossings = count;
      best = rows.map((row) => [...row]);
    }
  }
  best.forEach((row, r) => (rows[r] = row));
  index();
}

function crossings(rows: Slot[][], position: Map<Slot, number>): number {
  let count = 0;
  for (const row of rows) {
    const segments: [number, number][] = [];
    for (const slot of row) for (const lower of slot.down) segments.push([position.get(slot)!, position.get(lower)!]);
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) {
        const [a1, b1] = segments[i]!;
        const [a2, b2] = segments[j]!;
        if ((a1 - a2) * (b1 - b2) < 0) count++;
      }
    }
  }
  return count;
}

/**
 * Horizontal positions: each slot is pulled towards the mean of its neighbours' centres, and the
 * row keeps its order and spacing (an isotonic regression, solved by pooling adjacent violators).
 */
function placeRows(rows: Slot[][], left: number): void {
  for (const row of rows) {
    let x = 0;
    row.forEach((slot, i) => {
      if (i > 0) x += separation(row[i - 1]!, slot);
      slot.x = x;
    });
    const shift = -x / 2;
    for (const slot of row) slot.x += shift;
  }
  for (let sweep = 0; sweep < PLACEMENT_SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? rows : [...rows].reverse();
    for (const row of order) {
      const desired = row.map((slot) => {
        const neighbours = [...slot.up, ...slot.down];
        return neighbours.length === 0 ? { target: slot.x, weight: 0.2 } : { target: neighbours.reduce((s, n) => s + n.x, 0) / neighbours.length, weight: 1 };
      });
      const offsets: number[] = [0];
      for (let i = 1; i < row.length; i++) offsets.push(offsets[i - 1]! + separation(row[i - 1]!, row[i]!));
      const fitted = isotonic(desired.map((d, i) => ({ value: d.target - offsets[i]!, weight: d.weight })));
      row.forEach((slot, i) => (slot.x = fitted[i]! + offsets[i]!));
    }
  }
  const minX = Math.min(...rows.flatMap((row) => row.map((slot) => slot.x - slot.width / 2)));
  for (const row of rows) for (const slot of row) slot.x += left - minX;
}

function separation(a: Slot, b: Slot): number {
  return a.width / 2 + b.width / 2 + (a.box && b.box ? BOX_GAP : DUMMY_GAP);
}

/** The non-decreasing sequence nearest (weighted least squares) to the values. */
function isotonic(values: { value: number; weight: number }[]): number[] {
  const blocks: { sum: number; weight: number; count: number }[] = [];
  for (const { value, weight } of values) {
    blocks.push({ sum: value * weight, weight, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2]!;
      if (previous.sum / previous.weight <= last.sum / last.weight) break;
      blocks.pop();
      previous.sum += last.sum;
      previous.weight += last.weight;
      previous.count += last.count;
    }
  }
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.weight));
}

/** Where on a box's bottom (or top) each of its links leaves (or arrives), spread in the order of their other ends. */
function portOffsets(rows: Slot[][]): Map<string, number> {
  const ports = new Map<string, number>();
  for (const row of rows) {
    for (const slot of row) {
      if (!slot.box) continue;
      for (const [ends, sign] of [[slot.down, '>'], [slot.up, '<']] as const) {
        const sorted = [...ends].sort((a, b) => a.x - b.x);
        const span = Math.min(slot.width * 0.7, (sorted.length - 1) * 18);
        sorted.forEach((end, i) => {
          const offset = sorted.length === 1 ? 0 : -span / 2 + (span * i) / (sorted.length - 1);
          ports.set(`${slot.id}${sign}${end.id}`, offset);
        });
      }
    }
  }
  return ports;
}
