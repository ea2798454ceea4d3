import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../index.js';
import { repoRoot } from '../../test/support/paths.js';
import { MISSING_TYPE_INFORMATION } from './analysis-cache.js';

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
