import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { auditJson } from '../../../test/support/run-cli.js';
import { repoRoot } from '../../../test/support/paths.js';

describe('LangChain chat models', () => {
  it('recognises invocations of models, bound models and chains holding one by declaration, and nothing else', async () => {
    const { report } = await auditJson(path.join(repoRoot, 'fixtures', 'model-calls', 'langchain-recognition', 'tsconfig.json'));
    const calls = report.components.filter((c) => c.kind === 'model-call').map((c) => `${c.framework} ${c.name} ${c.file}:${c.line}`);
    assert.deepEqual(calls, [
      'langchain fast.invoke src/models.ts:17',
      'langchain careful.stream src/models.ts:18',
      'langchain model.batch src/models.ts:19',
      'langchain bindTools(…).invoke src/models.ts:20',
      'langchain structured.invoke src/models.ts:22',
      'langchain pipe(…).invoke src/models.ts:24',
      'langchain chain.invoke src/models.ts:26',
    ]);
    // Every model call is a boundary from the untiered function that makes it.
    const from = new Map(report.components.map((c) => [c.id, c.name]));
    assert.deepEqual([...new Set(report.boundaries.filter((b) => b.kind === 'model').map((b) => from.get(b.from)))], ['everything']);
  });
});
