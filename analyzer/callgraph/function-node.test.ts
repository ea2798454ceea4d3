import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { describeFunction, functionName, type FunctionDeclarationLike, type FunctionNode } from './function-node.js';

/** Every arrow function and function expression of `code`, in source order, as call-graph nodes. */
function functionsOf(code: string): FunctionNode[] {
  const sourceFile = ts.createSourceFile('case.ts', code, ts.ScriptTarget.ES2022, true);
  const found: FunctionNode[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const decl = node as FunctionDeclarationLike;
      found.push({ index: found.length, decl, sourceFile, parent: undefined, ...functionName(decl) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('describeFunction: how a message names a function', () => {
  it('a named function by its name', () => {
    assert.deepEqual(functionsOf('const step = () => 1;').map(describeFunction), ['step']);
  });

  it('an unnamed argument by the call it is passed to, through parentheses and `new`', () => {
    const code = 'tool(() => 1);\nthis.graph.addNode((() => 2));\nnew Worker(function () {});\nitems.map(async (x) => x);\n';
    assert.deepEqual(functionsOf(code).map(describeFunction), [
      'the function passed to tool',
      'the function passed to this.graph.addNode',
      'the function passed to Worker',
      'the function passed to items.map',
    ]);
  });

  it('after a call or an element access, only the member name of the callee', () => {
    const code = 'load().then(() => 1);\nhandlers[0](() => 2);\n';
    assert.deepEqual(functionsOf(code).map(describeFunction), ['the function passed to then', 'the function passed to a call']);
  });

  it('an unnamed function that is not an argument by its line', () => {
    assert.deepEqual(functionsOf('\nexport default [\n  () => 1,\n];\n').map(describeFunction), ['the function at line 3']);
  });

  it('the callee itself is not an argument: an immediately called function is named by its line', () => {
    assert.deepEqual(functionsOf('(() => 1)();\n').map(describeFunction), ['the function at line 1']);
  });
});
