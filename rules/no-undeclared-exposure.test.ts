import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../test/support/paths.js';
import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import { auditJson } from '../test/support/run-cli.js';
import rule from './no-undeclared-exposure.js';

const header = `import { summarize } from '../council/advise.js';\nimport type { AppContext } from '../shared/context.js';\n`;

createRuleTester().run('no-undeclared-exposure', rule, {
  valid: [
    { name: 'an object of exactly the contract crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { const request = { goal: ctx.goal }; return summarize(request); }\n` },
    { name: 'a fresh object literal (excess properties are a type error)', filename: caseFile('orchestrator'), code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal }); }\n` },
    {
      name: 'a receiver with an index signature, a rest parameter, a primitive or unknown declares no properties to exceed',
      filename: caseFile('orchestrator'),
      code: `import type { AppContext } from '../shared/context.js';\n/** @tier council */\nfunction tally(fields: Record<string, string>, ...rest: object[]) {\n  return Object.keys(fields).length + rest.length;\n}\n/** @tier council */\nfunction label(text: string, extra: unknown) {\n  return text + String(extra);\n}\nexport function plan(ctx: AppContext) { return [tally(ctx, ctx), label(ctx.goal, ctx)]; }\n`,
    },
    {
      name: 'module-level let written and read in one tier, and a module-level const read in another, share nothing undeclared',
      filename: caseFile('orchestrator'),
      code: `let runs = 0;\nconst limit = 3;\nexport function plan() {\n  runs += 1;\n  return runs;\n}\n/** @tier council */\nexport function budget() {\n  return limit;\n}\n`,
    },
    {
      name: "a lower-tier function reads only its own locals and property names that match the outer function's variables",
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  /** @tier workflow */\n  const step = (input: { secretPlan: string }) => {\n    const copy = input.secretPlan;\n    return { secretPlan: copy };\n  };\n  return step({ secretPlan });\n}\n`,
    },
    {
      name: 'a function tagged with the tier of the function it is defined in captures nothing across a boundary',
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  /** @tier orchestrator */\n  const step = () => secretPlan.length;\n  return step;\n}\n`,
    },
    {
      name: "a property read by name is not the upper-tier variable whose object literal declared it",
      filename: caseFile('orchestrator'),
      code: `export function plan(goal: string) {\n  const settings = { goal, verbose: true };\n  /** @tier workflow */\n  const step = (input: typeof settings) => input.verbose;\n  return step(settings);\n}\n`,
    },
    {
      name: "a fresh object literal with a property beyond the contract is the compiler's excess-property error, not this rule's",
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) { return summarize({ goal: ctx.goal, locale: ctx.locale }); }\n`,
    },
    {
      name: "an argument beyond the receiver's parameters meets no declared contract (a call being typed)",
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) { const request = { goal: ctx.goal }; return summarize(request, ctx); }\n`,
    },
    {
      name: 'a branded number into a number parameter: a primitive declares no properties to exceed',
      filename: caseFile('orchestrator'),
      code: `type Cents = number & { readonly unit: 'cents' };\n/** @tier council */\nfunction charge(amount: number) {\n  return amount * 2;\n}\nexport function plan(price: Cents) {\n  return charge(price);\n}\n`,
    },
    {
      name: 'a model call is judged by the model-side rules: it has no parameters to exceed',
      filename: caseFile('orchestrator'),
      code: `import OpenAI from 'openai';\nimport type { AppContext } from '../shared/context.js';\nconst openai = new OpenAI();\nexport async function plan(ctx: AppContext) {\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: JSON.stringify(ctx) }] });\n}\n`,
    },
    {
      name: "a whole context handed to a lower-tier tool factory is no-context-passthrough's alone, at the call into the factory too",
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\nimport type { AppContext } from '../shared/context.js';\n/** @tier implementation */\nexport function createLookupTool(session: { goal: string }) {\n  return tool(async ({ query }) => \`\${session.goal}: \${query}\`, { name: 'lookup', description: 'Look a query up.', schema: z.object({ query: z.string() }) });\n}\nexport function plan(ctx: AppContext) {\n  return createLookupTool(ctx);\n}\n`,
    },
    {
      name: 'a lower-tier function reads an import, a global, a global of another file, globalThis, a constant declared after its outer function, undefined and an unresolved name: none is a variable of the outer scope',
      filename: caseFile('orchestrator'),
      code: `import { summarize } from '../council/advise.js';\nexport function plan(goal: string) {\n  /** @tier workflow */\n  const step = (input: { goal: string }) =>\n    typeof missingName === 'undefined'\n      ? undefined\n      : JSON.stringify([summarize(input), LIMIT, Math.max(1, 2), RUNTIME_REGION, globalThis.name]);\n  // why: RUNTIME_REGION is declared at offset 321 of src/shared/runtime.d.ts, inside this function's offsets here.\n  return step({ goal });\n}\nconst LIMIT = 3;\n`,
    },
    {
      name: "a lower-tier function reading its own `arguments` captures nothing (a name the checker declares nowhere)",
      filename: caseFile('orchestrator'),
      code: `export function plan(goal: string) {\n  /** @tier workflow */\n  function step() {\n    return arguments.length;\n  }\n  return step() + goal.length;\n}\n`,
    },
    {
      name: 'a lower-tier function that calls the function it is defined in captures nothing (an upward call is no-upward-dependency’s)',
      filename: caseFile('orchestrator'),
      code: `export function plan(goal: string, depth: number): string {\n  /** @tier workflow */\n  const step = (input: { goal: string; depth: number }): string => (input.depth > 0 ? plan(input.goal, input.depth - 1) : input.goal);\n  return step({ goal, depth });\n}\n`,
    },
    {
      name: 'a module-level let shadowed by a parameter of the same name is another variable',
      filename: caseFile('orchestrator'),
      code: `let runs = 0;\nexport function plan() {\n  runs += 1;\n  return runs;\n}\n/** @tier council */\nexport function budget(runs: number) {\n  return runs * 2;\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'structural typing lets extra properties through',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(ctx: AppContext) {\n  return summarize(ctx);\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: {
            message: "'ctx' (AppContext) carries 3 properties beyond the contract of summarize's 'request' ({ goal: string; }): userId, apiKey, locale; structural typing lets them through (orchestrator → council).",
          },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'one extra property: the message says so in the singular',
      filename: caseFile('orchestrator'),
      code: `${header}interface Draft { goal: string; locale: string }\nexport function plan(draft: Draft) {\n  return summarize(draft);\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: {
            message: "'draft' (Draft) carries 1 property beyond the contract of summarize's 'request' ({ goal: string; }): locale; structural typing lets it through (orchestrator → council).",
          },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'a lower-tier component defined inside an upper-tier function captures its variables',
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  /** @tier workflow */\n  const step = () => secretPlan.length;\n  return step;\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "step (workflow) is defined inside plan (orchestrator) and captures 'secretPlan' from its scope; pass what it needs as an argument." },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'an unnamed lower-tier callback that captures a variable is named by the call it is passed to',
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string, items: number[]) {\n  return items.map(/** @tier workflow */ (item) => item + secretPlan.length);\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "the function passed to items.map (workflow) is defined inside plan (orchestrator) and captures 'secretPlan' from its scope; pass what it needs as an argument." },
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'an unnamed lower-tier function that is not an argument is named by its line',
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  return [\n    /** @tier workflow */ () => secretPlan.length,\n  ];\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "the function at line 3 (workflow) is defined inside plan (orchestrator) and captures 'secretPlan' from its scope; pass what it needs as an argument." },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'a captured variable is reported once, at its first reference after the component’s own names',
      filename: caseFile('orchestrator'),
      code: `export function plan(goal: string, budget: number) {\n  /** @tier workflow */\n  function step(input: { goal: string }) {\n    const own = input.goal;\n    return [own, budget, goal, budget];\n  }\n  return step({ goal });\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "step (workflow) is defined inside plan (orchestrator) and captures 'budget' from its scope; pass what it needs as an argument." },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'module-level let written in one tier and read in another: one finding per reading function, at its first read',
      filename: caseFile('orchestrator'),
      code: `let lastGoal = '';\nlet attempts = 0;\nexport function plan(goal: string) {\n  lastGoal = goal;\n  attempts++;\n}\n/** @tier council */\nexport function recall() {\n  return lastGoal + lastGoal + attempts;\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "Module-level mutable 'lastGoal' is written in orchestrator and read here in council (recall): shared state crosses the boundary undeclared." },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 18,
        },
        {
          messageId: 'undeclaredExposure',
          data: { message: "Module-level mutable 'attempts' is written in orchestrator and read here in council (recall): shared state crosses the boundary undeclared." },
          line: 9,
          column: 32,
          endLine: 9,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'a spread into a fresh literal escapes the excess-property check: its extra properties are reported',
      filename: caseFile('orchestrator'),
      code: `${header}interface Draft { goal: string; locale: string }\nexport function plan(draft: Draft) {\n  return summarize({ ...draft });\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: {
            message: "'{ ...draft }' ({ goal: string; locale: string; }) carries 1 property beyond the contract of summarize's 'request' ({ goal: string; }): locale; structural typing lets it through (orchestrator → council).",
          },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'a parameter of an unparenthesised arrow function is captured like any other',
      filename: caseFile('orchestrator'),
      code: `export function plan(goals: string[]) {\n  return goals.map(goal => {\n    /** @tier workflow */\n    const step = () => goal.length;\n    return step();\n  });\n}\n`,
      // why: the arrow callback starts where its parameter does; it is orchestrator code, unnamed, inside plan.
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "step (workflow) is defined inside plan (orchestrator) and captures 'goal' from its scope; pass what it needs as an argument." },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 28,
        },
      ],
    },
    {
      name: "a variable captured as an object literal's value is captured (its property name is not)",
      filename: caseFile('orchestrator'),
      code: `export function plan(secretPlan: string) {\n  /** @tier workflow */\n  const step = () => ({ plan: secretPlan });\n  return step();\n}\n`,
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "step (workflow) is defined inside plan (orchestrator) and captures 'secretPlan' from its scope; pass what it needs as an argument." },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'module-level let read through an import, renamed or not, in another tier than the one writing it; the import and the re-export are no reads',
      filename: caseFile('orchestrator'),
      code: `import { lastAdvice as advice, remember } from '../council/memory.js';\nexport { lastAdvice } from '../council/memory.js';\nexport function plan(goal: string) {\n  remember(goal);\n  return advice;\n}\n`,
      // why: src/council/memory.ts writes lastAdvice in remember (council).
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "Module-level mutable 'lastAdvice' is written in council and read here in orchestrator (plan): shared state crosses the boundary undeclared." },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'module-level let read under the name a renaming re-export gives it',
      filename: caseFile('orchestrator'),
      code: `import { latestAdvice } from '../council/memory.js';\nexport function plan() {\n  return latestAdvice;\n}\n`,
      // why: src/council/memory.ts exports lastAdvice as latestAdvice.
      errors: [
        {
          messageId: 'undeclaredExposure',
          data: { message: "Module-level mutable 'lastAdvice' is written in council and read here in orchestrator (plan): shared state crosses the boundary undeclared." },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'writes by =, ^=, -- count as writes; a read under !, on the right of an assignment or before instanceof is a read',
      filename: caseFile('orchestrator'),
      code: `let ready = false;\nlet copied = '';\nlet flags = 0;\nlet pending = 3;\nlet cache: unknown = null;\nexport function plan() {\n  ready = true;\n  copied = 'draft';\n  flags ^= 1;\n  pending--;\n  cache = new Map();\n}\n/** @tier council */\nexport function check() {\n  let seen = '';\n  seen = copied;\n  return [seen, !ready, flags, pending, cache instanceof Map];\n}\n`,
      errors: [
        ['copied', 16, 10],
        ['ready', 17, 18],
        ['flags', 17, 25],
        ['pending', 17, 32],
        ['cache', 17, 41],
      ].map(([name, line, column]) => ({
        messageId: 'undeclaredExposure' as const,
        data: { message: `Module-level mutable '${name}' is written in orchestrator and read here in council (check): shared state crosses the boundary undeclared.` },
        line: line as number,
        column: column as number,
        endLine: line as number,
        endColumn: (column as number) + (name as string).length,
      })),
    },
  ],
});

describe('no-undeclared-exposure on a framework component', () => {
  it('a tool built inline in a graph node that captures a variable of the node: names the tool, the node and the variable', async () => {
    const { report } = await auditJson(path.join(repoRoot, 'fixtures', 'langgraph-tools', 'tsconfig.json'));
    const found = report.findings.filter((f) => f.ruleId === 'no-undeclared-exposure').map((f) => `${f.file}:${f.line} ${f.message}`);
    assert.deepEqual(found, [
      "src/graph.ts:30 tag_note (implementation) is built inside takeNotes (entry) and captures 'branch' from its scope, beyond its declared input; pass what it needs explicitly.",
    ]);
  });
});
