import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { repoRoot } from './paths.js';

RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The small five-tier project under test/rule-project that every rule's cases are linted in. */
export const ruleProjectDir = path.join(repoRoot, 'test', 'rule-project');

/** A case's file, relative to the rule project: the placeholder of that tier (`shared` is in none), whose text the case replaces. */
export function caseFile(tier: 'orchestrator' | 'council' | 'implementation' | 'shared'): string {
  return `src/${tier}/case.ts`;
}

export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: ruleProjectDir },
    },
  });
}
