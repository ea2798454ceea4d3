import type ts from 'typescript';
import type { FunctionNode } from '../callgraph/function-node.js';
import type { ComponentKind, FrameworkName } from '../model.js';

/** An agent, tool, node, step, model call or annotated function: a receiver at a boundary. */
export interface Component {
  /** Assigned in source order once all components are known (`c1`, `c2`, …). */
  id: string;
  kind: ComponentKind;
  name: string;
  framework: FrameworkName;
  tier: string | null;
  /** The declaration or expression that defines it; its position is the component's line. */
  node: ts.Node;
  /** The function that runs when the component is delegated to, when it has one. */
  entry?: FunctionNode;
}
