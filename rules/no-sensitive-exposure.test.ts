import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-sensitive-exposure.js';

const header = `import { summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-sensitive-exposure', rule, {
  valid: [
    { name: 'no sensitive field crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
    { name: 'maxTokens is not a sensitive name', filename: caseFile('orchestrator'), code: `${header}export function plan(maxTokens: number) { return summarize({ goal: String(maxTokens) }); }\n` },
    {
      name: 'a key in the client config and a model id from the environment never reach the prompt',
      filename: caseFile('orchestrator'),
      code: `import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nexport async function ask(question: string) {\n  return client.chat.completions.create({ model: process.env.MODEL_ID ?? 'gpt-4o', max_tokens: 256, messages: [{ role: 'user', content: question }] });\n}\n`,
    },
    {
      name: 'a chat model handed to a lower tier is machinery: its lc_secrets are not data',
      filename: caseFile('orchestrator'),
      code: `import { ChatOpenAI } from '@langchain/openai';\nimport { draftWith } from '../council/drafting.js';\nconst model = new ChatOpenAI({ model: 'gpt-4o' });\nexport function plan(topic: string) { return draftWith(model, topic); }\n`,
    },
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
    {
      name: 'an environment secret in the system message of a chat completion',
      filename: caseFile('orchestrator'),
      code: `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function ask(question: string) {\n  return client.chat.completions.create({\n    model: 'gpt-4o',\n    messages: [{ role: 'system', content: \`Admin token: \${process.env.ADMIN_TOKEN}\` }, { role: 'user', content: question }],\n  });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', line: 6, column: 59, endLine: 6, endColumn: 82 }],
    },
    {
      name: 'a secret in a LangChain message pushed onto the list the model is invoked with, located where it enters',
      filename: caseFile('orchestrator'),
      code: `import { ChatOpenAI } from '@langchain/openai';\nimport { HumanMessage, type BaseMessage } from '@langchain/core/messages';\nimport type { AppContext } from '../shared/context.js';\nconst model = new ChatOpenAI({ model: 'gpt-4o' });\nexport async function plan(ctx: AppContext) {\n  const messages: BaseMessage[] = [];\n  messages.push(new HumanMessage(\`Use \${ctx.apiKey} for \${ctx.goal}\`));\n  return model.invoke(messages);\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', line: 7, column: 41, endLine: 7, endColumn: 51 }],
    },
  ],
});
