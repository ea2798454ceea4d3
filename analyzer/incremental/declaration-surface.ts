import ts from '../typescript.cjs';

/**
 * A file's declaration surface: its text with the bodies of functions, methods and accessors
 * left out. An edit that leaves it unchanged (the usual keystroke, inside a body) cannot change
 * how calls in other files resolve, nor their types.
 */
export function declarationSurface(sourceFile: ts.SourceFile): string {
  const bodies: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      bodies.push([node.body.getStart(sourceFile), node.body.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  let surface = '';
  let at = 0;
  for (const [start, end] of bodies) {
    surface += sourceFile.text.slice(at, start);
    at = end;
  }
  surface += sourceFile.text.slice(at);
  return surface.replace(/\s+/g, ' ');
}
