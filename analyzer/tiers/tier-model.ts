import type ts from 'typescript';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { TierInfo } from '../model.js';

/** Which tier every function and file sits in, and the order of the tiers. */
export interface TierModel {
  tiers: TierInfo[];
  declared: boolean;
  rank(tier: string): number;
  /** Null when untiered; a shared function (reached from several tiers) is null too. */
  tierOfFunction(fn: FunctionNode): string | null;
  isShared(fn: FunctionNode): boolean;
  /** The tier a file's types and top-level values belong to (file tag, then glob). */
  tierOfFile(sourceFile: ts.SourceFile): string | null;
  /** The last tier in the order. */
  implementationTier: string | null;
}
