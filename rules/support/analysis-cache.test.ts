import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../index.js';
import { repoRoot } from '../../test/support/paths.js';
import * as fs from 'node:fs';
import { clearCaches } from '@typescript-eslint/parser';
import { forgetPreviousAnalyses, latestAnalysisWork, MISSING_TYPE_INFORMATION } from './analysis-cache.js';

const smokeDir = path.join(repoRoot, 'fixtures', 'smoke');

async function lintWithout(languageOptions: Linter.LanguageOptions): Promise<unknown> {
  const eslint = new ESLint({
    cwd: smokeDir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions },
      { plugins: { tzimtzum: plugin as unknown as ESLint.Plugin }, rules: { 'tzimtzum/no-upward-dependency': 'error' } },
    ],
  });
  return eslint.lintText(`export function tool(query) { return query; }\n`, { filePath: path.join(smokeDir, 'src/tools/send.ts') });
}

const saysHowToEnableTypeInformation = (error: Error) => {
  assert.ok(error.message.includes(MISSING_TYPE_INFORMATION), error.message);
  assert.match(error.message, /parserOptions: \{ projectService: true/);
  assert.match(error.message, /parserOptions\.project/);
  return true;
};

describe('a tzimtzum rule without type information', () => {
  it('fails with the message saying how to enable it, under typescript-eslint without project or projectService', async () => {
    await assert.rejects(lintWithout({ parser: tseslint.parser as Linter.Parser }), saysHowToEnableTypeInformation);
  });

  it('fails with the same message under the default parser', async () => {
    await assert.rejects(lintWithout({}), saysHowToEnableTypeInformation);
  });
});

describe('re-linting a file after an edit, as an editor does', () => {
  const fixture = path.join(repoRoot, 'fixtures', 'annotated-stack');
  const reply = path.join(fixture, 'src', 'workflow', 'reply.ts');
  const original = fs.readFileSync(reply, 'utf8');
  const editor = () =>
    new ESLint({
      cwd: fixture,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions: { projectService: true, tsconfigRootDir: fixture } } },
        { plugins: { tzimtzum: plugin as unknown as ESLint.Plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((id) => [`tzimtzum/${id}`, 'error'])) },
      ],
    });
  const messages = async (eslint: ESLint, text: string) =>
    (await eslint.lintText(text, { filePath: reply }))[0]!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
  const edits = {
    adds: original.replace('Promise<Resolution> {\n', "Promise<Resolution> {\n  await reopenTicket(ticketId, 'started');\n"),
    removes: original.replace("return reopenTicket(ticketId, 'delivery failed');", "throw new Error('delivery failed');"),
  };

  it('reports after each body edit what a fresh lint of the edited text reports', async () => {
    assert.notEqual(edits.adds, original);
    assert.notEqual(edits.removes, original);
    const session = editor();
    const before = await messages(session, original);
    const projectFiles = latestAnalysisWork()!.indexedFiles;
    const afterAdding = await messages(session, edits.adds);
    // why: the new program reuses every SourceFile but reply.ts: only reply.ts is walked again, and edges are
    // rebuilt only for reply.ts and plan.ts (whose call to runReplyWorkflow lands in it)
    assert.deepEqual(latestAnalysisWork(), { indexedFiles: 1, reusedFiles: projectFiles - 1, edgeFiles: 2 });
    const afterRemoving = await messages(session, edits.removes);
    // why: the added call from the workflow step up into the orchestrator is one more upward dependency; removing the other leaves none
    const upward = (found: string[]) => found.filter((m) => m.startsWith('tzimtzum/no-upward-dependency')).length;
    assert.equal(upward(afterAdding), upward(before) + 1);
    assert.equal(upward(afterRemoving), upward(before) - 1);

    const fresh = async (text: string) => {
      clearCaches();
      forgetPreviousAnalyses();
      const found = await messages(editor(), text);
      assert.equal(latestAnalysisWork()!.indexedFiles, projectFiles);
      return found;
    };
    try {
      assert.deepEqual(afterAdding, await fresh(edits.adds));
      assert.deepEqual(afterRemoving, await fresh(edits.removes));
    } finally {
      clearCaches();
      forgetPreviousAnalyses();
    }
  });
});
