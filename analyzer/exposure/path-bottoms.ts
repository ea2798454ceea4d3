import type { AnalysisContext } from '../analysis-context.js';
import type { FunctionNode } from '../callgraph/function-node.js';

/**
 * The bottom of a path: an implementation-tier function or a model call. `pathToBottom` is the
 * shortest chain of functions from `fn` to one, or undefined when `fn` reaches none.
 */
export class PathBottoms {
  private readonly memo = new Map<FunctionNode, FunctionNode[] | null>();
  private readonly modelCallers: Set<FunctionNode>;

  constructor(private readonly context: AnalysisContext) {
    this.modelCallers = new Set(context.boundaries.filter((b) => b.kind === 'model').map((b) => b.sender));
  }

  pathToBottom(start: FunctionNode): FunctionNode[] | undefined {
    if (this.memo.has(start)) return this.memo.get(start) ?? undefined;
    const { graph, tiers } = this.context;
    const previous = new Map<FunctionNode, FunctionNode | null>([[start, null]]);
    const queue = [start];
    let bottom: FunctionNode | undefined;
    while (queue.length > 0 && !bottom) {
      const fn = queue.shift()!;
      if (this.modelCallers.has(fn) || (tiers.implementationTier !== null && tiers.tierOfFunction(fn) === tiers.implementationTier)) {
        bottom = fn;
        break;
      }
      for (const edge of graph.outgoing(fn)) {
        if (previous.has(edge.callee)) continue;
        previous.set(edge.callee, fn);
        queue.push(edge.callee);
      }
    }
    let path: FunctionNode[] | null = null;
    if (bottom) {
      path = [];
      for (let at: FunctionNode | null | undefined = bottom; at; at = previous.get(at)) path.unshift(at);
    }
    this.memo.set(start, path);
    return path ?? undefined;
  }
}
