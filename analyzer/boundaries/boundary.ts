import type ts from 'typescript';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { ForwardedWhole, SharedChannels } from '../frameworks/framework-adapter.js';
import type { BoundaryKind } from '../model.js';
import { sourceFileOf } from '../program/source-file-of.js';

/** A crossing from a component of one tier into a component of another (or into a model). */
export interface Boundary {
  /** Assigned in source order (`b1`, `b2`, …). */
  id: string;
  kind: BoundaryKind;
  from: Component;
  to: Component;
  /** Null only for a model call made by an untiered or shared function (the model-side rules still judge it). */
  fromTier: string | null;
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
  /** Graph channels that cross with no argument (a subgraph used as a node). */
  channels?: SharedChannels;
  /** With no single receiver: the functions that read what crosses as their first parameter (a subgraph's nodes). */
  readers?: readonly FunctionNode[];
}

/** The file a boundary's crossing is written in: a call's is its sender's. */
export function boundaryFile(boundary: Boundary): ts.SourceFile {
  return boundary.kind === 'call' ? boundary.sender.sourceFile : sourceFileOf(boundary.site);
}
