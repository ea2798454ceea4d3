import * as path from 'node:path';
import { clearCaches } from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type ts from 'typescript';
import tseslint from 'typescript-eslint';
import plugin from '../../index.js';
import type { RuleId, RuleLevel } from '../../analyzer/model.js';

export interface LintedFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Lints a fixture project with the tzimtzum rules at the given levels, through typescript-eslint's
 * type information: its own program of the tsconfig, or `program` when given (the one the CLI run used).
 */
export async function lintFixture(
  dir: string,
  tsconfig: string,
  levels: Record<RuleId, RuleLevel>,
  program?: ts.Program,
): Promise<{ findings: LintedFinding[]; fatal: string[] }> {
  const rules = Object.fromEntries(
    Object.keys(plugin.rules).map((id) => [`tzimtzum/${id}`, levels[id as RuleId]]),
  );
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
        languageOptions: { parser: tseslint.parser, parserOptions: program ? { programs: [program], tsconfigRootDir: dir } : { project: tsconfig, tsconfigRootDir: dir } },
        plugins: { tzimtzum: plugin as unknown as ESLint.Plugin },
        rules,
      },
    ],
  });
  // typescript-eslint keeps every project's program for the life of the process; one suite lints many projects.
  const results = await eslint.lintFiles(['src/**/*.{ts,tsx,mts}']).finally(clearCaches);
  const findings: LintedFinding[] = [];
  const fatal: string[] = [];
  for (const result of results) {
    const file = path.relative(dir, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) {
        fatal.push(`${file}: ${message.message}`);
        continue;
      }
      findings.push({
        ruleId: message.ruleId.replace(/^tzimtzum\//, ''),
        file,
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? message.line,
        endColumn: message.endColumn ?? message.column,
      });
    }
  }
  return { findings, fatal };
}
