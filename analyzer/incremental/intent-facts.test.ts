import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { Carriers } from './intent-facts.js';

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
