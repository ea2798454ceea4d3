import type { AnalysisContext } from '../analysis-context.js';
import type { FunctionNode } from '../callgraph/function-node.js';

/** One per analysis: the distances to a bottom are computed once, for every function. */
const byContext = new WeakMap<AnalysisContext, PathBottoms>();

/**
 * The bottom of a path: an implementation-tier function or a model call. `pathToBottom` is the
 * shortest chain of functions from `fn` to one (at each step the first call, in source order, that
 * stays on a shortest chain), or undefined when `fn` reaches none.
 */
export class PathBottoms {
  private distances?: Map<FunctionNode, number>;

  static of(context: AnalysisContext): PathBottoms {
    let bottoms = byContext.get(context);
    if (!bottoms) byContext.set(context, (bottoms = new PathBottoms(context)));
    return bottoms;
  }

  private constructor(private readonly context: AnalysisContext) {}

  pathToBottom(start: FunctionNode): FunctionNode[] | undefined {
    const distances = (this.distances ??= this.distancesToBottom());
    let distance = distances.get(start);
    if (distance === undefined) return undefined;
    const path = [start];
    for (let at = start; distance > 0; distance--) {
      const next = this.nextOnPath(at, distance - 1, distances);
      path.push(next);
      at = next;
    }
    return path;
  }

  /** The first function `at` calls, in call order, that is `distance` from a bottom (`at` itself when none is). */
  private nextOnPath(at: FunctionNode, distance: number, distances: ReadonlyMap<FunctionNode, number>): FunctionNode {
    for (const { callees } of this.context.graph.callsFrom(at)) {
      for (const callee of callees) if (distances.get(callee) === distance) return callee;
    }
    return at;
  }

  /** Breadth first from every bottom at once, against the calls: each function's distance to the nearest bottom. */
  private distancesToBottom(): Map<FunctionNode, number> {
    const { graph, tiers, boundariesFound } = this.context;
    const modelCallers = new Set(boundariesFound.filter((b) => b.kind === 'model').map((b) => b.sender));
    const isBottom = (fn: FunctionNode) => modelCallers.has(fn) || (tiers.implementationTier !== null && tiers.tierOfFunction(fn) === tiers.implementationTier);
    const distances = new Map<FunctionNode, number>();
    const queue: FunctionNode[] = [];
    for (const fn of graph.functions) {
      if (!isBottom(fn)) continue;
      distances.set(fn, 0);
      queue.push(fn);
    }
    for (let next = 0; next < queue.length; next++) {
      const fn = queue[next]!;
      const distance = distances.get(fn)! + 1;
      for (const { caller } of graph.incomingCalls(fn)) {
        // A path never goes on from a bottom: a bottom's callers are reached from it, never through it.
        if (distances.has(caller) || isBottom(caller)) continue;
        distances.set(caller, distance);
        queue.push(caller);
      }
    }
    return distances;
  }
}
