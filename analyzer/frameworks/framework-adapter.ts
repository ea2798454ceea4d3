import type ts from 'typescript';
import type { CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { Component } from '../components/component.js';
import type { BoundaryKind, ComponentKind, FrameworkName } from '../model.js';
import type { ResolvedDeclaration } from './resolved-declaration.js';

/**
 * One framework's knowledge, in one folder under `analyzer/frameworks/`: which calls create
 * components, which options carry edges, what its contexts are and which defaults forward
 * everything. Adding a framework is adding a folder and listing it in `adapters.ts`.
 */
export interface FrameworkAdapter {
  name: Exclude<FrameworkName, 'code'>;
  /** Packages whose declarations identify the framework; the adapter runs only when the program loads one. */
  packages: readonly string[];
  analyze(context: AdapterContext): void;
}

/** A call in the project whose callee resolves into a framework package. */
export interface FrameworkCall {
  /** The function (or module) the call is written in. */
  caller: FunctionNode;
  call: ts.CallExpression | ts.NewExpression;
  resolved: ResolvedDeclaration;
}

export interface FrameworkEdge {
  /** The component that delegates, or the function whose code makes the crossing (its owner is used). */
  from: Component | FunctionNode;
  to: Component;
  kind: BoundaryKind;
  /** Where the edge is written: the tools entry, the handoff entry, the node argument of `addNode`. */
  site: ts.Node;
  /** Whether the edge is delegation for tier inference (a graph to its own nodes, sequential steps: not). */
  delegation: boolean;
  /** Values that cross on the edge and are judged by the exposure rules (a `Send` payload, a sub-agent's messages). */
  args?: readonly ts.Expression[];
  /** The function receiving `args`, when there is one. */
  receiver?: FunctionNode;
  /** The receiver's contract (a schema's text), null when it declares none, undefined when not applicable. */
  contract?: string | null;
  /** A framework default that forwards everything across this edge, reported at `site`. */
  forwardsEverything?: ForwardedWhole;
}

/**
 * What a framework default forwards whole: the conversation history (`no-conversation-passthrough`)
 * or an application context or graph state (`no-context-passthrough`), and why.
 */
export interface ForwardedWhole {
  what: 'conversation' | 'context';
  reason: string;
}

export interface ModelCallSpec {
  /** The function whose code reaches the model, or the component that does when no function of it does (an agent's `instructions`). */
  caller: FunctionNode | Component;
  /** The call (or the option) that reaches the model: the model-call component's location. */
  node: ts.Node;
  name: string;
  framework: Exclude<FrameworkName, 'code'>;
  /** The values the model sees: prompt, instructions/system, messages, a tool's return value. */
  sinks: readonly ts.Expression[];
}

export interface AdapterContext {
  readonly checker: ts.TypeChecker;
  readonly graph: CallGraph;
  readonly files: readonly ts.SourceFile[];
  resolve(expression: ts.Expression): ResolvedDeclaration | undefined;
  /** Calls and `new`s in the project whose callee resolves into one of these packages. */
  callsInto(packages: readonly string[]): FrameworkCall[];
  /** The project function a function-valued expression is (an inline arrow, or a reference to a declared function). */
  functionOf(expression: ts.Expression | undefined): FunctionNode | undefined;
  addComponent(spec: { kind: ComponentKind; name: string; node: ts.Node; framework: Exclude<FrameworkName, 'code'>; entry?: FunctionNode }): Component;
  /** The component an expression denotes: defined right there, or through the variable it was assigned to. */
  componentOf(expression: ts.Expression | undefined): Component | undefined;
  addEdge(edge: FrameworkEdge): void;
  /** Marks a component as an entry of the system (`run(agent)`): tier 0 when tiers are inferred. */
  addEntry(component: Component): void;
  addModelCall(spec: ModelCallSpec): void;
  /** A parameter that receives a framework context (graph state, run context, conversation). */
  markContextParameter(fn: FunctionNode, index: number): void;
  /**
   * A framework type that is a context wherever it appears (`RunContext`), or, as `Type.property`,
   * a property of one that holds the user's whole context (`RunContext.context`).
   */
  addContextType(packageName: string, typeName: string): void;
}
