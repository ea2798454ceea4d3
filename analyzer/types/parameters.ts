import ts from '../typescript.cjs';
import type { FunctionNode } from '../callgraph/function-node.js';

/** The receiver's parameter that the argument at `index` binds to (a rest parameter takes the rest). */
export function parameterForArgument(receiver: FunctionNode, index: number): ts.ParameterDeclaration | undefined {
  const decl = receiver.decl;
  if (ts.isSourceFile(decl)) return undefined;
  const parameters = decl.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  const parameter = parameters[index];
  if (parameter) return parameter;
  const last = parameters[parameters.length - 1];
  return last?.dotDotDotToken ? last : undefined;
}
