import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';

/**
 * The top-level fields of crossing value `index` that the receiving side (transitively) reads:
 * the receiver's reads of that parameter, or, for a subgraph, what its nodes and routers read of
 * their state. Undefined when the whole value is read or nothing says who reads it.
 */
export function receiverTopLevelReads(context: AnalysisContext, boundary: Boundary, index: number): Set<string> | undefined {
  if (boundary.receiver) return context.reads.topLevelReads(boundary.receiver, index);
  if (!boundary.readers) return undefined;
  return unionOfReads(context, boundary);
}

/** What a subgraph's nodes and routers read of the state they receive; undefined when one reads all of it. */
export function unionOfReads(context: AnalysisContext, boundary: Boundary): Set<string> | undefined {
  if (!boundary.readers) return undefined;
  const union = new Set<string>();
  for (const reader of boundary.readers ?? []) {
    const reads = context.reads.topLevelReads(reader, 0);
    if (!reads) return undefined;
    for (const field of reads) union.add(field);
  }
  return union;
}
