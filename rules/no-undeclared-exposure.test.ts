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
