import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { knownString } from '../known-string.js';


/** One node added to a graph: its key, the action that runs, its options, and where it is written. */
export interface NodeSpec {
  key: string | undefined;
  action: ts.Expression;
  options?: ts.Expression;
  /** The node argument of `addNode`: where findings about the node are located. */
  site: ts.Node;
}

/**
 * The nodes of an `addNode`/`addSequence` call, in its three forms: `addNode(key, action, options?)`,
 * `addNode({ key: action, ... })` and `addNode([[key, action, options?], ...])`.
 */
export function nodeSpecs(checker: ts.TypeChecker, call: ts.CallExpression): NodeSpec[] {
  const [first, second, third] = call.arguments;
  const collection = skipOuterExpressions(first);
  if (collection && ts.isObjectLiteralExpression(collection)) {
    return collection.properties.flatMap((property): NodeSpec[] => {
      const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      if (ts.isPropertyAssignment(property)) return [{ key, action: property.initializer, site: property }];
      if (ts.isShorthandPropertyAssignment(property)) return [{ key, action: property.name, site: property }];
      return [];
    });
  }
  if (collection && ts.isArrayLiteralExpression(collection)) {
    return collection.elements.flatMap((element): NodeSpec[] => {
      const tuple = skipOuterExpressions(element);
      if (!tuple || !ts.isArrayLiteralExpression(tuple) || !tuple.elements[1]) return [];
      return [{ key: knownString(checker, tuple.elements[0]), action: tuple.elements[1], options: tuple.elements[2], site: element }];
    });
  }
  if (!first || !second) return [];
  return [{ key: knownString(checker, first), action: second, options: third, site: second }];
}
