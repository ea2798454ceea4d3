import type ts from 'typescript';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { ForwardedWhole } from '../frameworks/framework-adapter.js';
import type { BoundaryKind } from '../model.js';

/** A crossing from a component of one tier into a component of another (or into a model). */
export interface Boundary {
  /** Assigned in source order (`b1`, `b2`, …). */
  id: string;
  kind: BoundaryKind;
  from: Component;
  to: Component;
  fromTier: string;
  /** Null for model calls: the model is outside the stack. */
  toTier: string | null;
  /** The function whose code makes the crossing. */
  sender: FunctionNode;
  /** The function that receives the crossing values, when there is one. */
  receiver?: FunctionNode;
  call?: ts.CallExpression | ts.NewExpression;
  /** The crossing expressions (arguments, a handoff entry, a callback reference). */
  args: readonly ts.Expression[];
  /** Where the crossing is, for a boundary with nothing crossing (a zero-argument call). */
  site: ts.Node;
  /** For framework edges: the receiver's schema (null when it declares none). */
  contract?: string | null;
  /** For framework defaults that forward everything (a handoff with no input filter): what and why. */
  forwardsEverything?: ForwardedWhole;
}
