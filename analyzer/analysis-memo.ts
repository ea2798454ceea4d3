import type { AnalysisContext } from './analysis-context.js';

/**
 * Answers kept per analysis and key (a boundary): what a check works out and the report asks
 * again. Held weakly by the analysis, so an editor's next program starts empty.
 */
export class AnalysisMemo<K extends object, V> {
  private readonly byContext = new WeakMap<AnalysisContext, Map<K, V>>();

  get(context: AnalysisContext, key: K, compute: () => V): V {
    let known = this.byContext.get(context);
    if (!known) this.byContext.set(context, (known = new Map()));
    if (known.has(key)) return known.get(key)!;
    const value = compute();
    known.set(key, value);
    return value;
  }
}
