import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-context-passthrough.js';

const header = `import { advise, adviseFully, summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-context-passthrough', rule, {
  valid: [
    { name: 'the receiver reads every field of the context', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return adviseFully(ctx); }\n` },
    { name: 'only the field the receiver needs crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
  ],
  invalid: [
    {
      name: 'a lower-tier tool built inline captures the whole context, reported at its first reference',
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\nimport type { AppContext } from '../shared/context.js';\nexport async function answer(ctx: AppContext) {\n  const lookup = tool(\n    /** @tier council */\n    async ({ query }: { query: string }) => \`\${ctx.goal}: \${query}\`,\n    { name: 'lookup', description: 'Look up.', schema: z.object({ query: z.string() }) },\n  );\n  return lookup.invoke({ query: 'x' });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', line: 7, column: 48, endLine: 7, endColumn: 51 }],
    },
    {
      name: 'a @context passed as-is to a receiver that reads one field',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return advise(ctx);\n}\n`,
      errors: [{ messageId: 'contextPassthrough', line: 4, column: 17, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'a context spread into the argument',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ ...ctx });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', line: 4, column: 22, endLine: 4, endColumn: 28 }],
    },
    {
      name: 'a context serialised into a string argument',
      filename: caseFile('orchestrator'),
      code: `import { runSearch } from '../workflow/pipeline.js';\nimport type { AppContext } from '../shared/context.js';\nexport function plan(ctx: AppContext) {\n  return runSearch(JSON.stringify(ctx));\n}\n`,
      errors: [{ messageId: 'contextPassthrough', line: 4, column: 35, endLine: 4, endColumn: 38 }],
    },
  ],
});
