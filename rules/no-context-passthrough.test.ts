import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-context-passthrough.js';

const header = `import { advise, adviseBlindly, adviseFully, adviseOnLocale, adviseInTone, summarize, weigh } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-context-passthrough', rule, {
  valid: [
    { name: 'the receiver reads every field of the context', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return adviseFully(ctx); }\n` },
    { name: 'a context as the second argument of a receiver that reads every field of that parameter', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return adviseInTone('formal', ctx); }\n` },
    { name: 'only the field the receiver needs crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
    {
      name: 'a prompt built in a local from one field of the context',
      filename: caseFile('orchestrator'),
      code: `import Anthropic from '@anthropic-ai/sdk';\nimport type { AppContext } from '../shared/context.js';\nconst anthropic = new Anthropic();\nexport async function plan(ctx: AppContext) {\n  let prompt = \`Goal: \${ctx.goal}\\n\`;\n  prompt += ctx.locale;\n  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: prompt }] });\n}\n`,
    },
    {
      name: 'a lower-tier tool built inline that reads every field of the context it captures',
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\nimport type { AppContext } from '../shared/context.js';\nexport async function answer(ctx: AppContext) {\n  const lookup = tool(\n    /** @tier council */\n    async ({ query }: { query: string }) => \`\${query}: \${ctx.goal} \${ctx.userId} \${ctx.apiKey} \${ctx.locale}\`,\n    { name: 'lookup', description: 'Look up.', schema: z.object({ query: z.string() }) },\n  );\n  return lookup.invoke({ query: 'x' });\n}\n`,
    },
    {
      name: 'a lower-tier tool built inline that hands the captured context on whole to code it cannot see',
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\nimport type { AppContext } from '../shared/context.js';\nexport async function answer(ctx: AppContext) {\n  const lookup = tool(\n    /** @tier council */\n    async ({ query }: { query: string }) => String((globalThis as any).audit(ctx, query)),\n    { name: 'lookup', description: 'Look up.', schema: z.object({ query: z.string() }) },\n  );\n  return lookup.invoke({ query: 'x' });\n}\n`,
    },
    {
      name: 'subgraphs on the whole state schema whose nodes read every channel, or use the state whole',
      filename: caseFile('orchestrator'),
      code: `import { StateGraph } from '@langchain/langgraph';\nimport { CaseState, caseKeepGraph, caseReviewGraph, caseSkimGraph } from '../council/audit-graph.js';\nexport const desk = new StateGraph(CaseState)\n  .addNode('review', caseReviewGraph)\n  .addNode('keep', caseKeepGraph)\n  .compile();\n`,
    },
  ],
  invalid: [
    {
      name: 'a lower-tier tool built inline captures the whole context, reported at its first reference',
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\nimport type { AppContext } from '../shared/context.js';\nexport async function answer(ctx: AppContext) {\n  const lookup = tool(\n    /** @tier council */\n    async ({ query }: { query: string }) => \`\${ctx.goal}: \${query}\`,\n    { name: 'lookup', description: 'Look up.', schema: z.object({ query: z.string() }) },\n  );\n  return lookup.invoke({ query: 'x' });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) is captured by lookup (council), built inside answer (orchestrator); lookup reads 1: goal." }, line: 7, column: 48, endLine: 7, endColumn: 51 }],
    },
    {
      name: 'a @context passed as-is to a receiver that reads one field',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return advise(ctx);\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) crosses orchestrator → advise; advise reads 1: goal." }, line: 4, column: 17, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'a context spread into the argument',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ ...ctx });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) is spread across orchestrator → summarize; summarize reads 1: goal." }, line: 4, column: 22, endLine: 4, endColumn: 28 }],
    },
    {
      name: 'a context serialised into a string argument',
      filename: caseFile('orchestrator'),
      code: `import { runSearch } from '../workflow/pipeline.js';\nimport type { AppContext } from '../shared/context.js';\nexport function plan(ctx: AppContext) {\n  return runSearch(JSON.stringify(ctx));\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) is serialised across orchestrator → runSearch; runSearch receives it as a string." }, line: 4, column: 35, endLine: 4, endColumn: 38 }],
    },
    {
      name: 'each argument is judged by what the receiver reads of its own parameter',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return weigh(ctx, ctx);\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) crosses orchestrator → weigh; weigh reads 1: goal." }, line: 4, column: 21, endLine: 4, endColumn: 24 }],
    },
    {
      name: 'a context serialised into a prompt built in a local, located where it is added',
      filename: caseFile('orchestrator'),
      code: `import Anthropic from '@anthropic-ai/sdk';\nimport type { AppContext } from '../shared/context.js';\nconst anthropic = new Anthropic();\nexport async function plan(ctx: AppContext) {\n  let prompt = \`Goal: \${ctx.goal}\\n\`;\n  prompt += JSON.stringify(ctx);\n  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: prompt }] });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) is serialised across orchestrator → model (messages.create) through 'prompt' at src/orchestrator/case.ts:7; the model sees all of it." }, line: 6, column: 28, endLine: 6, endColumn: 31 }],
    },
    {
      name: 'a subgraph on the whole state schema whose nodes read only some channels',
      filename: caseFile('orchestrator'),
      code: `import { StateGraph } from '@langchain/langgraph';\nimport { CaseState, caseKeepGraph, caseReviewGraph, caseSkimGraph } from '../council/audit-graph.js';\nexport const desk = new StateGraph(CaseState)\n  .addNode('skim', caseSkimGraph)\n  .compile();\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Subgraph 'caseSkim' added as node 'skim' of 'desk' is on the parent's whole state schema (CaseState): every channel of the graph state crosses into it (orchestrator → caseSkim, council)." }, line: 4, column: 20, endLine: 4, endColumn: 33 }],
    },
    {
      name: 'the fields a receiver reads are listed',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return adviseOnLocale(ctx);\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) crosses orchestrator → adviseOnLocale; adviseOnLocale reads 2: goal, locale." }, line: 4, column: 25, endLine: 4, endColumn: 28 }],
    },
    {
      name: 'a receiver that reads none of the context is told so',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return adviseBlindly(ctx);\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) crosses orchestrator → adviseBlindly; adviseBlindly reads none of it." }, line: 4, column: 24, endLine: 4, endColumn: 27 }],
    },
    {
      name: 'a model call made outside every tier is reported from untiered',
      filename: caseFile('shared'),
      code: `import Anthropic from '@anthropic-ai/sdk';\nimport type { AppContext } from './context.js';\nconst anthropic = new Anthropic();\nexport async function describe(ctx: AppContext) {\n  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: JSON.stringify(ctx) }] });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) is serialised across untiered → model (messages.create); the model sees all of it." }, line: 5, column: 134, endLine: 5, endColumn: 137 }],
    },
    {
      name: 'a context handed to an agent run, whose receiver is an agent, not a function',
      filename: caseFile('orchestrator'),
      code: `import { run } from '@openai/agents';\nimport { refunds } from '../council/agents.js';\nimport type { AppContext } from '../shared/context.js';\nexport async function plan(ctx: AppContext) {\n  return run(refunds, 'Refund order 7.', { context: ctx });\n}\n`,
      errors: [{ messageId: 'contextPassthrough', data: { message: "Whole context 'ctx' (AppContext, 4 fields) crosses orchestrator → Refunds; Refunds receives all of it." }, line: 5, column: 53, endLine: 5, endColumn: 56 }],
    },
  ],
});
