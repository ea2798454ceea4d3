import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { declaredNames, mayNamePackageMember } from './package-names.js';

const DECLARATIONS = `
export declare class Completions { create(body: { model: string }): Promise<string>; 'stream'(): void }
export declare function tool(run: () => void): void;
`;

const callee = (text: string) => ((ts.createSourceFile('/call.ts', text, ts.ScriptTarget.ES2022, true).statements[0] as ts.ExpressionStatement).expression as ts.CallExpression).expression;

describe('package declaration names', () => {
  const names = declaredNames([ts.createSourceFile('/node_modules/sdk/index.d.ts', DECLARATIONS, ts.ScriptTarget.ES2022, true)]);

  it('holds the members a package declares, quoted ones too', () => {
    assert.ok(names.has('create'));
    assert.ok(names.has('stream'));
    assert.ok(names.has('tool'));
  });

  it('lets a member call through only under a declared name, and any plain identifier (an import may rename it)', () => {
    assert.equal(mayNamePackageMember(callee('client.chat.completions.create({ model })'), names), true);
    assert.equal(mayNamePackageMember(callee('notes.push(line)'), names), false);
    assert.equal(mayNamePackageMember(callee('(outputs!).join(", ")'), names), false);
    assert.equal(mayNamePackageMember(callee('makeTool(run)'), names), true);
  });
});
