import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-undeclared-exposure.js';

const header = `import { summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-undeclared-exposure', rule, {
  valid: [
    { name: 'an object of exactly the contract crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { const request = { goal: ctx.goal }; return summarize(request); }\n` },
    { name: 'a fresh object literal (excess properties are a type error)', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
  ],
  invalid: [
    {
      name: 'structural typing lets extra properties through',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize(ctx);\n}\n`,
      errors: [{ messageId: 'undeclaredExposure', line: 4, column: 20, endLine: 4, endColumn: 23 }],
    },
    {
      name: 'a lower-tier component defined inside an upper-tier function captures its variables',
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  /** @tier workflow */\n  const step = () => secretPlan.length;\n  return step;\n}\n`,
      errors: [{ messageId: 'undeclaredExposure', line: 3, column: 22, endLine: 3, endColumn: 32 }],
    },
  ],
});
