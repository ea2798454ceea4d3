import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-sensitive-exposure.js';

const header = `import { summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;
const request = `interface Request { goal: string; apiKey: string; user: { name: string; password: string } }\n`;
const openai = `import OpenAI from 'openai';\nimport type { AppContext } from '../shared/context.js';\nconst client = new OpenAI();\n`;

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
    {
      name: 'a receiver whose contract has the sensitive properties declares them, nested ones through their parent',
      filename: caseFile('orchestrator'),
      code: `${request}/** @tier council */\nfunction connect(request: { apiKey: string; user: { name: string; password: string } }) {\n  return request.user.name;\n}\nexport function plan(request: Request) { return connect(request); }\n`,
    },
    {
      name: 'a receiver whose parameter is named for the secret declares it',
      filename: caseFile('orchestrator'),
      code: `${header}/** @tier council */\nfunction rotate(apiKey: string) {\n  return apiKey.length;\n}\nexport function plan(ctx: AppContext) { return rotate(ctx.apiKey); }\n`,
    },
    {
      name: 'a whole context into a model is no-context-passthrough alone, stringified or not',
      filename: caseFile('orchestrator'),
      code: `${openai}export async function ask(ctx: AppContext) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: JSON.stringify(ctx) }] });\n}\n`,
    },
    {
      name: 'an upward call carries nothing down',
      filename: caseFile('council'),
      code: `import { escalate } from '../orchestrator/session.js';\nimport type { AppContext } from '../shared/context.js';\nexport function decide(ctx: AppContext) { return escalate(ctx.apiKey); }\n`,
    },
  ],
  invalid: [
    {
      name: 'an API key crosses into a lower tier whose contract does not declare it',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ goal: ctx.apiKey });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 4, column: 28, endLine: 4, endColumn: 38 }],
    },
    {
      name: 'an interpolated secret in a string argument',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ goal: \`\${ctx.goal} with \${ctx.apiKey}\` });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 4, column: 48, endLine: 4, endColumn: 58 }],
    },
    {
      name: 'an environment secret in the system message of a chat completion',
      filename: caseFile('orchestrator'),
      code: `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function ask(question: string) {\n  return client.chat.completions.create({\n    model: 'gpt-4o',\n    messages: [{ role: 'system', content: \`Admin token: \${process.env.ADMIN_TOKEN}\` }, { role: 'user', content: question }],\n  });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'ADMIN_TOKEN' crosses from ask (orchestrator) into a model call (chat.completions.create)." }, line: 6, column: 59, endLine: 6, endColumn: 82 }],
    },
    {
      name: 'a secret in a LangChain message pushed onto the list the model is invoked with, located where it enters',
      filename: caseFile('orchestrator'),
      code: `import { ChatOpenAI } from '@langchain/openai';\nimport { HumanMessage, type BaseMessage } from '@langchain/core/messages';\nimport type { AppContext } from '../shared/context.js';\nconst model = new ChatOpenAI({ model: 'gpt-4o' });\nexport async function plan(ctx: AppContext) {\n  const messages: BaseMessage[] = [];\n  messages.push(new HumanMessage(\`Use \${ctx.apiKey} for \${ctx.goal}\`));\n  return model.invoke(messages);\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into a model call (model.invoke) through 'messages' at src/orchestrator/case.ts:8." }, line: 7, column: 41, endLine: 7, endColumn: 51 }],
    },
    {
      name: 'an object carrying several sensitive properties, one nested: one finding naming them all',
      filename: caseFile('orchestrator'),
      code: `${header}${request}export function plan(request: Request) {\n  return summarize(request);\n}\n`,
      errors: [
        {
          messageId: 'sensitiveExposure',
          data: { message: "Sensitive properties 'apiKey', 'user.password' cross from plan (orchestrator) into summarize (council), whose contract does not declare them." },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'a spread and a concatenated part each cross on their own',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize({ ...ctx, goal: 'key: ' + ctx.apiKey });\n}\n`,
      errors: [
        { messageId: 'sensitiveExposure', line: 4, column: 25, endLine: 4, endColumn: 28 },
        { messageId: 'sensitiveExposure', line: 4, column: 46, endLine: 4, endColumn: 56 },
      ],
    },
    {
      name: 'a secret built into a local before the model call: reported where it enters, naming the local and the sink',
      filename: caseFile('orchestrator'),
      code: `${openai}export async function ask(ctx: AppContext) {\n  const payload = { key: ctx.apiKey, goal: ctx.goal };\n  const prompt = 'Use ' + JSON.stringify(payload);\n  return client.chat.completions.create({\n    model: 'gpt-4o',\n    messages: [{ role: 'user', content: prompt }],\n  });\n}\n`,
      errors: [
        {
          messageId: 'sensitiveExposure',
          data: { message: "Sensitive property 'apiKey' crosses from ask (orchestrator) into a model call (chat.completions.create) through 'prompt' at src/orchestrator/case.ts:9." },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'a secret built into a local that crosses as a shorthand property of a message',
      filename: caseFile('orchestrator'),
      code: `${openai}export async function ask(ctx: AppContext) {\n  const content = \`Deploy with \${process.env['DEPLOY_TOKEN']}\`;\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content }] });\n}\n`,
      errors: [
        {
          messageId: 'sensitiveExposure',
          data: { message: "Sensitive property 'DEPLOY_TOKEN' crosses from ask (orchestrator) into a model call (chat.completions.create) through 'content' at src/orchestrator/case.ts:6." },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 61,
        },
      ],
    },
  ],
});
