import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { repoRoot } from '../../test/support/paths.js';
import { createGuardedHost } from './guarded-host.js';

describe('the guarded host parses JSDoc only where something reads it', () => {
  const base = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, 'jsdoc-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = {
    'plain.ts': '/** Plans the task. @deprecated use plan2 */\nexport function plan(x: string): string {\n  return x;\n}\n',
    'tagged.ts': '/** @tier planner */\nexport function plan(x: string): string {\n  return x;\n}\n',
    'types.d.ts': '/** The task. @returns the answer */\nexport declare function run(x: string): string;\n',
    'script.js': '/** @param {string} x */\nexport function plan(x) {\n  return x;\n}\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const host = createGuardedHost({ allowJs: true });
  const firstFunction = (name: string) => {
    const sourceFile = host.getSourceFile(path.join(dir, name), { languageVersion: ts.ScriptTarget.ES2022 }, undefined, true)!;
    return sourceFile.statements[0]!;
  };
  const jsDocOf = (node: ts.Node) => (node as ts.Node & { jsDoc?: unknown[] }).jsDoc;

  it('leaves out the JSDoc of TypeScript files that mention no tzimtzum tag, as tsc does', () => {
    // why: only tzimtzum's own tags are read from TypeScript; the checker reads JSDoc types only in JavaScript
    assert.equal(jsDocOf(firstFunction('plain.ts')), undefined);
    assert.equal(jsDocOf(firstFunction('types.d.ts')), undefined);
  });

  it('parses the JSDoc of a file with a tzimtzum tag, and of JavaScript', () => {
    assert.equal(jsDocOf(firstFunction('tagged.ts'))?.length, 1);
    assert.equal(jsDocOf(firstFunction('script.js'))?.length, 1);
  });
});
