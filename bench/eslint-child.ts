/**
 * One ESLint measurement in a fresh process, printed as JSON on stdout:
 *   project <dir> <with|without>          lint every file of the project once
 *   relint  <dir> <with|without> <edits>  lint one file, then re-lint it after each of `edits` edits (unsaved text)
 * `with` adds tzimtzum's recommended config to typescript-eslint's recommended-type-checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../index.js';
import { median } from './stats.js';

const [mode, dir, variant, editsArg] = process.argv.slice(2);
if (!mode || !dir || (variant !== 'with' && variant !== 'without')) {
  process.stderr.write('usage: eslint-child project|relint <dir> with|without [edits]\n');
  process.exit(2);
}

const config = [
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } } },
  ...(variant === 'with' ? [plugin.configs.recommended as Linter.Config] : []),
] as Linter.Config[];
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });

if (mode === 'project') {
  const start = performance.now();
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const ms = performance.now() - start;
  const messages = results.reduce((n, r) => n + r.messages.length, 0);
  process.stdout.write(`${JSON.stringify({ ms, files: results.length, messages })}\n`);
} else {
  const target = editTarget(dir);
  const original = fs.readFileSync(target, 'utf8');
  await eslint.lintText(original, { filePath: target });
  const samples: number[] = [];
  for (let i = 0; i < Number(editsArg ?? 5); i++) {
    // An edit inside a function body, as a user types: the program is rebuilt with every other file reused.
    const edited = original.replace(/(\n\)(?:: [^\n{]+)? \{\n|\n(?:export )?(?:async )?function [^\n]*\{\n)/, `$1  const typed${i} = ${i};\n  void typed${i};\n`);
    if (edited === original) throw new Error(`no function body to edit in ${target}`);
    const start = performance.now();
    await eslint.lintText(edited, { filePath: target });
    samples.push(performance.now() - start);
  }
  process.stdout.write(`${JSON.stringify({ ms: median(samples), samples })}\n`);
}

/** A workflow-tier file of the generated project: in the middle of the stack, with boundaries both ways. */
function editTarget(projectDir: string): string {
  const workflow = path.join(projectDir, 'src', 'workflow');
  const file = fs.readdirSync(workflow).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()[0];
  if (!file) throw new Error(`no workflow file in ${workflow}`);
  return path.join(workflow, file);
}
