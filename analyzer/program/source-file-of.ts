import type ts from 'typescript';

/**
 * The file of a node asked about on every analysis (a boundary's site, a component's node): a walk
 * up the tree, once per node. An edit elsewhere leaves a file's nodes as they are, so a re-lint
 * finds most of them here.
 */
const fileOfNode = new WeakMap<ts.Node, ts.SourceFile>();

export function sourceFileOf(node: ts.Node): ts.SourceFile {
  let file = fileOfNode.get(node);
  if (!file) fileOfNode.set(node, (file = node.getSourceFile()));
  return file;
}
