import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './preserve-reshimu.js';

const header = `import { runEachSearch, runSearch } from '../workflow/pipeline.js';\nimport { outline } from '../design/outline.js';\nimport type { Task } from '../shared/context.js';\n`;

createRuleTester().run('preserve-reshimu', rule, {
  valid: [
    { name: 'the goal crosses down to the tools', filename: caseFile('orchestrator'), code: `${header}export function plan(task: Task) { return runSearch(task.goal); }\n` },
    { name: 'a value derived from the goal crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(task: Task) { const query = \`find: \${task.goal}\`; return runSearch(query.trim()); }\n` },
    { name: 'the goal one level down in a session crosses', filename: caseFile('orchestrator'), code: `${header}interface Session { task: Task; locale: string }\nexport function resume(session: Session) { return runSearch(session.task.goal); }\n` },
    { name: 'dropping the goal on the way to a tier that reaches no tool is no finding', filename: caseFile('orchestrator'), code: `${header}export function plan(task: Task) { return outline(task.id); }\n` },
  ],
  invalid: [
    {
      name: 'the goal is dropped at a boundary whose path reaches the implementation tier',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(task: Task) {\n  return runSearch(task.id);\n}\n`,
      // why: Task.goal is declared at line 11 of src/shared/context.ts; runSearch (workflow) reaches search (implementation).
      errors: [{ messageId: 'reshimuLost', data: { message: "Reshimu 'Task.goal' (src/shared/context.ts:11) is lost at plan (orchestrator) → runSearch (workflow); path: plan → runSearch → search" }, line: 5, column: 20, endLine: 5, endColumn: 27 }],
    },
    {
      name: 'the goal one level down in a session is dropped when only another of its fields crosses',
      filename: caseFile('orchestrator'),
      code: `${header}interface Session { task: Task; locale: string }\nexport function resume(session: Session) {\n  return runSearch(session.locale);\n}\n`,
      errors: [{ messageId: 'reshimuLost', data: { message: "Reshimu 'Task.goal' (src/shared/context.ts:11) is lost at resume (orchestrator) → runSearch (workflow); path: resume → runSearch → search" }, line: 6, column: 20, endLine: 6, endColumn: 34 }],
    },
    {
      name: 'a model call that is not given the goal loses it; the path ends at the model',
      filename: caseFile('orchestrator'),
      code: `import Anthropic from '@anthropic-ai/sdk';\nimport type { Task } from '../shared/context.js';\nconst anthropic = new Anthropic();\nexport async function plan(task: Task) {\n  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: task.id }] });\n}\n`,
      errors: [{ messageId: 'reshimuLost', data: { message: "Reshimu 'Task.goal' (src/shared/context.ts:11) is lost at plan (orchestrator) → messages.create (model); path: plan → messages.create" }, line: 5, column: 93, endLine: 5, endColumn: 129 }],
    },
    {
      name: 'a model call from an untiered function names its sender untiered',
      filename: caseFile('shared'),
      code: `import Anthropic from '@anthropic-ai/sdk';\nimport type { Task } from './context.js';\nconst anthropic = new Anthropic();\nexport async function draft(task: Task) {\n  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: task.id }] });\n}\n`,
      // why: src/shared is in no tier, and a model call is a boundary whatever its sender's tier (DESIGN §5).
      errors: [{ messageId: 'reshimuLost', data: { message: "Reshimu 'Task.goal' (src/shared/context.ts:11) is lost at draft (untiered) → messages.create (model); path: draft → messages.create" }, line: 5, column: 93, endLine: 5, endColumn: 129 }],
    },
    {
      name: 'the path names a function once when the call down is made from a callback inside it',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(task: Task) {\n  return runEachSearch([task.id]);\n}\n`,
      // why: runEachSearch calls search from the callback it hands to map, which is still runEachSearch.
      errors: [{ messageId: 'reshimuLost', data: { message: "Reshimu 'Task.goal' (src/shared/context.ts:11) is lost at plan (orchestrator) → runEachSearch (workflow); path: plan → runEachSearch → search" }, line: 5, column: 24, endLine: 5, endColumn: 33 }],
    },
  ],
});
