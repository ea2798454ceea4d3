import type ts from 'typescript';
import { SyntaxMemo } from '../syntax-memo.js';

/** The file of a node asked about on every analysis (a boundary's site, a component's node): a walk up the tree, once per node. */
const fileOfNode = new SyntaxMemo<ts.Node, ts.SourceFile>();

export function sourceFileOf(node: ts.Node): ts.SourceFile {
  return fileOfNode.get(node, () => node.getSourceFile());
}
