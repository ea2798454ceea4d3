import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-sensitive-exposure.js';

const header = `import { summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-sensitive-exposure', rule, {
  valid: [
    { name: 'no sensitive field crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
    { name: 'maxTokens is not a sensitive name', filename: caseFile('orchestrator'), code: `${header}export function plan(maxTokens: number) { return summarize({ goal: String(maxTokens) }); }\n` },
  ],
  invalid: [
    {
      name: 'an API key crosses into a lower tier whose contract does not declare it',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ goal: ctx.apiKey });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', line: 4, column: 28, endLine: 4, endColumn: 38 }],
    },
    {
      name: 'an interpolated secret in a string argument',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ goal: \`\${ctx.goal} with \${ctx.apiKey}\` });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', line: 4, column: 48, endLine: 4, endColumn: 58 }],
    },
  ],
});
