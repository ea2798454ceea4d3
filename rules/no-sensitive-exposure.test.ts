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
      name: 'a whole context stringified inside parentheses and an assertion is still the whole context',
      filename: caseFile('orchestrator'),
      code: `${openai}export async function ask(ctx: AppContext) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: (JSON.stringify(ctx) as string) }] });\n}\n`,
    },
    {
      name: 'an upward call carries nothing down',
      filename: caseFile('council'),
      code: `import { escalate } from '../orchestrator/session.js';\nimport type { AppContext } from '../shared/context.js';\nexport function decide(ctx: AppContext) { return escalate(ctx.apiKey); }\n`,
    },
    {
      name: 'a comparison of a secret gives a boolean: nothing of the secret crosses',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: \`key set: \${ctx.apiKey !== ''}\` }); }\n`,
    },
    {
      name: 'a helper’s string result carries no property of its argument (only JSON.stringify passes one through)',
      filename: caseFile('orchestrator'),
      code: `${header}const text = { describe: (c: AppContext) => c.goal };\nexport function plan(ctx: AppContext) {\n  // @ts-expect-error a stringify without its argument\n  return summarize({ goal: text.describe(ctx) + JSON.stringify() });\n}\n`,
    },
    {
      name: 'an environment variable named for no secret, read with brackets, is not sensitive',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan() { return summarize({ goal: process.env['MODEL_NAME'] ?? 'gpt-4o' }); }\n`,
    },
    {
      name: 'a method of an object literal argument is not a crossing value',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  // @ts-expect-error the receiver declares only goal\n  return summarize({ goal: ctx.goal, toString() { return ctx.goal; } });\n}\n`,
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
    {
      name: 'a secret behind ??, || or either branch of ?: still crosses',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  summarize({ goal: ctx.apiKey ?? ctx.goal });\n  return summarize({ goal: ctx.locale ? ctx.goal : ctx.apiKey });\n}\n`,
      errors: [
        { messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 4, column: 21, endLine: 4, endColumn: 31 },
        { messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 5, column: 52, endLine: 5, endColumn: 62 },
      ],
    },
    {
      name: 'a secret inside a parenthesised, asserted template, and one behind a non-null assertion',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  summarize({ goal: (\`key \${ctx.apiKey}\` as string) });\n  return summarize({ goal: ctx.apiKey! });\n}\n`,
      errors: [
        { messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 4, column: 29, endLine: 4, endColumn: 39 },
        { messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 5, column: 28, endLine: 5, endColumn: 39 },
      ],
    },
    {
      name: 'a shorthand property whose value carries a secret, into a lower tier',
      filename: caseFile('orchestrator'),
      code: `${header}interface Credentials { user: string; apiKey: string }\nexport function plan(credentials: Credentials) {\n  // @ts-expect-error the receiver declares only goal\n  return summarize({ credentials });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 6, column: 22, endLine: 6, endColumn: 33 }],
    },
    {
      name: 'an argument beyond the receiver’s parameters crosses undeclared',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  // @ts-expect-error one argument too many\n  return summarize({ goal: ctx.goal }, ctx.apiKey);\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 5, column: 40, endLine: 5, endColumn: 50 }],
    },
    {
      name: 'JSON.stringify of an object carrying a secret carries it',
      filename: caseFile('orchestrator'),
      code: `${header}interface Credentials { user: string; apiKey: string }\nexport function plan(credentials: Credentials) {\n  return summarize({ goal: JSON.stringify(credentials) });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 5, column: 28, endLine: 5, endColumn: 55 }],
    },
    {
      name: 'a secret nested in a mapped type (a Record) is found through the property’s own type',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(meta: Record<'session', { token: string }>) {\n  return summarize({ goal: 'g', ...meta });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'session.token' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it." }, line: 4, column: 36, endLine: 4, endColumn: 40 }],
    },
    {
      name: 'a secret into a model call from an untiered function',
      filename: caseFile('shared'),
      code: `${openai}export async function ask(ctx: AppContext) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: \`key \${ctx.apiKey}\` }] });\n}\n`,
      errors: [{ messageId: 'sensitiveExposure', data: { message: "Sensitive property 'apiKey' crosses from ask (untiered) into a model call (chat.completions.create)." }, line: 5, column: 103, endLine: 5, endColumn: 113 }],
    },
    {
      name: 'a secret renamed into a payload built in a local, passed to a lower tier: followed back to where it enters',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  const payload = { goal: ctx.apiKey };\n  return summarize(payload);\n}\n`,
      errors: [
        {
          messageId: 'sensitiveExposure',
          data: { message: "Sensitive property 'apiKey' crosses from plan (orchestrator) into summarize (council), whose contract does not declare it through 'payload' at src/orchestrator/case.ts:5." },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'a secret built into a prompt by a helper of another file: reported at the helper call, in the sender’s file',
      filename: caseFile('orchestrator'),
      code: `${openai}import { keyPrompt } from '../shared/prompt.js';\nexport async function ask(ctx: AppContext) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: keyPrompt(ctx) }] });\n}\n`,
      errors: [
        {
          messageId: 'sensitiveExposure',
          data: { message: "Sensitive property 'apiKey' crosses from ask (orchestrator) into a model call (chat.completions.create) through 'keyPrompt(ctx)' at src/orchestrator/case.ts:6." },
          line: 6,
          column: 96,
          endLine: 6,
          endColumn: 110,
        },
      ],
    },
  ],
});
