import { seededRandom, type SeededRandom } from './seeded-random.js';
import { IMPLEMENTATION_TIER, TIER_SHAPES } from './tier-shapes.js';

/**
 * Files every generated project has besides the component modules: seven in
 * `src/contracts/`, `src/context.ts`, `src/util/helpers.ts`, the model client and one index
 * per tier.
 */
export const FIXED_FILE_COUNT = 10 + TIER_SHAPES.length;
export const MIN_FILES = FIXED_FILE_COUNT + TIER_SHAPES.length;

/** The deliberate undesigned boundaries sprinkled into an otherwise designed project. */
export type UndesignedKind =
  | 'context-passthrough'
  | 'tier-skip'
  | 'upward-call'
  | 'any-parameter'
  | 'secret-in-prompt'
  | 'intent-dropped';

export type CallStyle =
  | 'direct' // fn(request)
  | 'options' // the overload with RunOptions
  | 'role' // through the tier's role interface and an implementing class
  | 'retry' // a callback given to withRetry
  | 'map' // a callback given to mapAll
  | 'loose' // the receiver's `any` variant
  | 'context'; // the whole AppContext, to the receiver's context variant

export interface ModulePlan {
  tier: number;
  /** `planner-3` */
  name: string;
  /** `src/council/planner-3.ts` */
  file: string;
  fn: string;
  cls: string;
  /** Also exports `<fn>FromContext(ctx: AppContext)`. */
  hasContextVariant: boolean;
  /** Also exports `<fn>Loose(input: any)`. */
  hasLooseVariant: boolean;
  /** Starts with a file-level `@tier` tag (agreeing with the config glob). */
  fileTag: boolean;
  /** Calls made by the main function. */
  calls: CallPlan[];
  /** Calls made by the context variant. */
  contextCalls: CallPlan[];
  /** Implementation tier only: the context variant puts `ctx.apiKey` in its prompt. */
  leaksSecret: boolean;
}

export interface CallPlan {
  target: ModulePlan;
  style: CallStyle;
  /** Import through the tier's index file rather than the module itself. */
  viaIndex: boolean;
  /** The request carries a made-up goal instead of the caller's. */
  dropsIntent: boolean;
}

export interface PlantedIssue {
  kind: UndesignedKind;
  file: string;
  /** The function whose body holds the crossing. */
  symbol: string;
}

export interface ProjectPlan {
  files: number;
  seed: number;
  /** Component modules by tier index. */
  tiers: ModulePlan[][];
  planted: PlantedIssue[];
}

const RATES = {
  contextVariant: 0.15,
  looseVariant: 0.1,
  fileTag: 0.3,
  looseCall: 0.5,
  contextCall: 0.6,
  intentDropped: 0.03,
  tierSkip: 0.04,
  upwardCall: 0.03,
  leaksSecret: 0.7,
} as const;

const DESIGNED_STYLES: readonly CallStyle[] = ['direct', 'direct', 'options', 'role', 'retry', 'map'];

export function planProject(files: number, seed: number): ProjectPlan {
  if (!Number.isInteger(files) || files < MIN_FILES) {
    throw new RangeError(`files must be an integer >= ${MIN_FILES}, got ${files}`);
  }
  const random = seededRandom(seed);
  const tiers = moduleCounts(files - FIXED_FILE_COUNT).map((count, tier) =>
    Array.from({ length: count }, (_, index) => newModule(tier, index, random)),
  );
  const lower = tiers.slice(1).flat();
  for (const module of quota(lower, RATES.contextVariant, random)) module.hasContextVariant = true;
  for (const module of quota(lower, RATES.looseVariant, random)) module.hasLooseVariant = true;
  const skipping = quota(tiers.slice(0, IMPLEMENTATION_TIER - 1).flat(), RATES.tierSkip, random);
  const upward = quota(tiers.slice(2).flat(), RATES.upwardCall, random);
  const toolsWithContext = tiers[IMPLEMENTATION_TIER]!.filter((module) => module.hasContextVariant);
  for (const module of quota(toolsWithContext, RATES.leaksSecret, random)) module.leaksSecret = true;
  const cursors = tiers.map(() => 0);
  const nextTarget = (tier: number): ModulePlan => {
    const modules = tiers[tier]!;
    const target = modules[cursors[tier]! % modules.length]!;
    cursors[tier]! += 1;
    return target;
  };

  for (const [tier, modules] of tiers.entries()) {
    for (const module of modules) {
      if (tier < IMPLEMENTATION_TIER) {
        const count = tier === 0 ? random.int(2, 4) : random.int(1, 3);
        for (let i = 0; i < count; i += 1) {
          module.calls.push(downwardCall(nextTarget(tier + 1), tier === 0, random));
        }
      }
      if (skipping.has(module)) {
        module.calls.push(plainCall(random.pick(tiers[tier + 2]!), random));
      }
      if (upward.has(module)) {
        module.calls.push(plainCall(random.pick(tiers[tier - 1]!), random));
      }
      if (module.hasContextVariant && tier < IMPLEMENTATION_TIER) {
        module.contextCalls.push(downwardCall(nextTarget(tier + 1), true, random));
      }
    }
  }
  return { files, seed, tiers, planted: plantedIssues(tiers) };
}

/** Splits the component modules over the tiers by weight, at least one per tier. */
function moduleCounts(total: number): number[] {
  const counts = TIER_SHAPES.map((shape) => Math.max(1, Math.floor(total * shape.weight)));
  const assigned = counts.reduce((sum, count) => sum + count, 0);
  counts[IMPLEMENTATION_TIER]! += total - assigned;
  return counts;
}

function newModule(tier: number, index: number, random: SeededRandom): ModulePlan {
  const shape = TIER_SHAPES[tier]!;
  const stem = shape.stems[index % shape.stems.length]!;
  const number = Math.floor(index / shape.stems.length) + 1;
  const camel = stem.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) + number;
  return {
    tier,
    name: `${stem}-${number}`,
    file: `src/${shape.name}/${stem}-${number}.ts`,
    fn: camel,
    cls: camel[0]!.toUpperCase() + camel.slice(1),
    hasContextVariant: false,
    hasLooseVariant: false,
    fileTag: random.chance(RATES.fileTag),
    calls: [],
    contextCalls: [],
    leaksSecret: false,
  };
}

/**
 * A share of the items, at least one when there are any, chosen by the seed: a fixed quota
 * rather than a coin per item, so even a small project carries every kind of flaw.
 */
function quota<T>(items: readonly T[], rate: number, random: SeededRandom): Set<T> {
  const pool = [...items];
  const count = pool.length === 0 ? 0 : Math.max(1, Math.round(pool.length * rate));
  for (let i = 0; i < count; i += 1) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return new Set(pool.slice(0, count));
}

function downwardCall(target: ModulePlan, callerHoldsContext: boolean, random: SeededRandom): CallPlan {
  let style = random.pick(DESIGNED_STYLES);
  if (callerHoldsContext && target.hasContextVariant && random.chance(RATES.contextCall)) style = 'context';
  else if (target.hasLooseVariant && random.chance(RATES.looseCall)) style = 'loose';
  const viaIndex = random.chance(0.5);
  // Handing down the whole context hands the goal down with it: nothing to drop.
  const dropsIntent = random.chance(RATES.intentDropped) && style !== 'context';
  return { target, style, viaIndex, dropsIntent };
}

/** Tier skips and upward calls: an ordinary designed call, only to the wrong tier. */
function plainCall(target: ModulePlan, random: SeededRandom): CallPlan {
  return { target, style: 'direct', viaIndex: random.chance(0.5), dropsIntent: false };
}

function plantedIssues(tiers: ModulePlan[][]): PlantedIssue[] {
  const planted: PlantedIssue[] = [];
  for (const module of tiers.flat()) {
    const note = (kind: UndesignedKind, symbol: string): void => {
      planted.push({ kind, file: module.file, symbol });
    };
    const noteCalls = (calls: CallPlan[], symbol: string): void => {
      for (const call of calls) {
        if (call.style === 'context') note('context-passthrough', symbol);
        if (call.style === 'loose') note('any-parameter', symbol);
        if (call.dropsIntent) note('intent-dropped', symbol);
        if (call.target.tier > module.tier + 1) note('tier-skip', symbol);
        if (call.target.tier < module.tier) note('upward-call', symbol);
      }
    };
    noteCalls(module.calls, module.fn);
    noteCalls(module.contextCalls, `${module.fn}FromContext`);
    if (module.leaksSecret) note('secret-in-prompt', `${module.fn}FromContext`);
  }
  return planted;
}
