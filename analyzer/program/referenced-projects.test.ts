import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { writeTempProject } from '../../test/support/temp-project.js';
import { loadProgram } from './load-program.js';

const composite = (references: string[]) => JSON.stringify({ compilerOptions: { composite: true, strict: true, types: [] }, include: ['src'], references: references.map((p) => ({ path: p })) });

describe('loadProgram: a solution-style tsconfig', () => {
  it('follows references transitively, each project once, even in a cycle', () => {
    const dir = writeTempProject({
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './a' }] }),
      'a/tsconfig.json': composite(['../b']),
      'a/src/a.ts': 'export const a = 1;\n',
      'b/tsconfig.json': composite(['../a']),
      'b/src/b.ts': 'export const b = 2;\n',
    });
    const { program } = loadProgram(path.join(dir, 'tsconfig.json'));
    const own = program.getRootFileNames().map((f) => path.relative(dir, f)).sort();
    assert.deepEqual(own, ['a/src/a.ts', 'b/src/b.ts']);
  });

  it('a missing referenced project is a usage error naming it', () => {
    const dir = writeTempProject({ 'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './gone' }] }) });
    assert.throws(() => loadProgram(path.join(dir, 'tsconfig.json')), (error: Error) => error.name === 'UsageError' && error.message.includes(path.join(dir, 'gone', 'tsconfig.json')));
  });
});
