import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import type { FunctionNode } from '../callgraph/function-node.js';
import { Carriers, ReturnFacts, type ReturnFact } from './intent-facts.js';

const declarations = (count: number, prefix = 'v'): ts.VariableDeclaration[] => {
  const text = Array.from({ length: count }, (_, i) => `const ${prefix}${i} = ${i};`).join('\n');
  const sourceFile = ts.createSourceFile('carriers.ts', text, ts.ScriptTarget.ES2022, true);
  return sourceFile.statements.map((statement) => (statement as ts.VariableStatement).declarationList.declarations[0]!);
};

describe('Carriers across programs', () => {
  const [first, second, ...rest] = declarations(12);
  const added = declarations(1, 'added')[0]!;

  const start = () => {
    const carriers = new Carriers();
    for (const declaration of [first!, second!, ...rest]) carriers.set(declaration, 'value');
    return carriers.next();
  };

  it('starts a next program from the previous carriers, with its changes', () => {
    const afterEdit = start();
    afterEdit.delete(first!);
    afterEdit.set(added, 'object');
    // why: two changes over twelve carriers stay apart from what they start from; the next program sees both
    const next = afterEdit.next();
    assert.equal(next.get(first!), undefined);
    assert.equal(next.get(added), 'object');
    assert.equal(next.get(second!), 'value');
    assert.equal(next.hasName('v0'), true, 'a deleted carrier\'s name stays');
    assert.equal(next.hasName('v1'), true);
    assert.equal(next.hasName('added0'), true);
    assert.equal(next.hasName('nope'), false);
  });

  it('leaves the carriers a next program started from as they were', () => {
    const afterEdit = start();
    afterEdit.set(added, 'object');
    const next = afterEdit.next();
    next.delete(added);
    next.delete(second!);
    next.set(first!, 'container');
    assert.equal(afterEdit.get(added), 'object');
    assert.equal(afterEdit.get(second!), 'value');
    assert.equal(afterEdit.get(first!), 'value');
    assert.equal(next.get(first!), 'container');
    assert.equal(next.get(second!), undefined);
  });

  it('gives the same answers once the changes are copied into a new start', () => {
    let carriers = start();
    carriers.delete(first!);
    // why: every program deletes one more of the other eleven and adds it back under another kind; past a quarter, all are copied
    const others = [second!, ...rest];
    for (const declaration of others) {
      carriers.delete(declaration);
      carriers.set(declaration, 'container');
      carriers = carriers.next();
    }
    assert.equal(carriers.get(first!), undefined);
    for (const declaration of others) assert.equal(carriers.get(declaration), 'container');
  });
});

describe('ReturnFacts across programs', () => {
  const file = (name: string) => ts.createSourceFile(name, '', ts.ScriptTarget.ES2022, true);
  const [a, b] = [file('a.ts'), file('b.ts')];
  // Only the function's file matters here.
  const fact = (sourceFile: ts.SourceFile, index: number): ReturnFact => ({ fn: { sourceFile, index } as unknown as FunctionNode, index: 0, field: 'Task.goal', kind: 'value', derived: index % 2 === 0 });
  const keysOf = (entries: Iterable<[string, ReturnFact]>) => [...entries].map(([key]) => key).sort();

  const start = () => {
    const facts = new ReturnFacts();
    for (const [sourceFile, index] of [[a, 1], [a, 2], [b, 3], [b, 4], [b, 5], [b, 6], [b, 7], [b, 8], [b, 9]] as const) facts.set(`k${index}`, fact(sourceFile, index));
    return facts.next();
  };

  it("finds an edited file's summaries without the others, and a next program starts without those it took out", () => {
    const previous = start();
    assert.deepEqual(keysOf(previous.ofFile(a)), ['k1', 'k2']);
    const next = previous.next();
    for (const [key] of previous.ofFile(a)) next.delete(key);
    next.set('k10', fact(a, 10));
    assert.equal(next.get('k1'), undefined);
    assert.equal(next.get('k3')?.derived, false);
    assert.deepEqual(keysOf(next.ofFile(a)), ['k10']);
    assert.deepEqual(keysOf(next.entries()), ['k10', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);
    assert.deepEqual(keysOf(next.next().entries()), keysOf(next.entries()));
  });

  it('leaves the summaries a next program started from as they were', () => {
    const previous = start();
    const next = previous.next();
    next.delete('k3');
    next.set('k4', fact(a, 4));
    next.set('k11', fact(b, 11));
    assert.equal(previous.get('k3')?.fn.sourceFile, b);
    assert.equal(previous.get('k4')?.fn.sourceFile, b);
    assert.equal(previous.get('k11'), undefined);
    assert.deepEqual(keysOf(previous.ofFile(b)), ['k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);
    // A summary set again under the same key is one summary, under its new function's file.
    assert.deepEqual(keysOf(next.ofFile(a)), ['k1', 'k2', 'k4']);
    assert.deepEqual(keysOf(next.ofFile(b)), ['k11', 'k5', 'k6', 'k7', 'k8', 'k9']);
    assert.equal([...next.entries()].length, 9);
  });

  it('gives the same answers once the changes are copied into a new start', () => {
    let facts = start();
    // why: every program takes one summary of b out and adds one to a; past a quarter of nine, all are copied
    for (const index of [3, 4, 5, 6, 7]) {
      facts.delete(`k${index}`);
      facts.set(`k${index + 10}`, fact(a, index + 10));
      facts = facts.next();
    }
    assert.deepEqual(keysOf(facts.ofFile(a)), ['k1', 'k13', 'k14', 'k15', 'k16', 'k17', 'k2']);
    assert.deepEqual(keysOf(facts.ofFile(b)), ['k8', 'k9']);
    assert.equal(facts.get('k5'), undefined);
    assert.equal(facts.get('k15')?.derived, false);
  });

  it('takes out what it started from too when cleared', () => {
    const previous = start();
    const next = previous.next();
    next.clear();
    assert.equal(next.get('k3'), undefined);
    assert.deepEqual([...next.entries()], []);
    assert.deepEqual([...next.next().files()], []);
    assert.equal(previous.get('k3')?.fn.sourceFile, b);
  });
});
