import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './require-boundary-contract.js';

/** Council-tier receivers declared in the case itself (function tags move functions, not types). */
const council = (signature: string) => `/** @tier council */\nfunction ${signature} {\n  return String(input);\n}\n`;

createRuleTester().run('require-boundary-contract', rule, {
  valid: [
    {
      name: 'the receiver takes a contract type',
      filename: caseFile('orchestrator'),
      code: `import { review } from '../council/review.js';\nexport function plan(goal: string) { return review({ goal, constraints: [] }); }\n`,
    },
    {
      name: 'the receiver takes a primitive',
      filename: caseFile('council'),
      code: `import { outline } from '../design/outline.js';\nexport function decide(goal: string) { return outline(goal); }\n`,
    },
    {
      name: 'an untyped parameter with a default value takes the type of its default',
      filename: caseFile('orchestrator'),
      code: `${council("brief(input = 'none')")}export function plan(goal: string) { return brief(goal); }\n`,
    },
    {
      name: "a @contract type declared in the sender's tier is a contract",
      filename: caseFile('orchestrator'),
      code: `/** @contract */\ninterface BriefRequest { goal: string }\n${council('brief(input: BriefRequest)')}export function plan(goal: string) { return brief({ goal }); }\n`,
    },
    {
      name: "a type declared outside the sender's tier is not the sender dictating",
      filename: caseFile('council'),
      code: `import { search } from '../implementation/search.js';\nimport type { AppContext } from '../shared/context.js';\n/** @tier implementation */\nfunction lookup(input: AppContext) {\n  return search(input.goal);\n}\nexport function decide(ctx: AppContext) { return lookup(ctx); }\n`,
    },
    {
      name: 'a tool whose input schema is its contract, given to an agent of a higher tier',
      filename: caseFile('orchestrator'),
      code: `import { Agent } from '@mastra/core/agent';\nimport { timezoneTool } from '../implementation/clock.js';\nexport const desk = new Agent({ id: 'desk', name: 'Desk', instructions: 'Answer with the time.', model: 'openai/gpt-5-mini', tools: { timezoneTool } });\n`,
    },
    {
      name: 'an argument beyond the receiver’s parameters is not judged',
      filename: caseFile('orchestrator'),
      code: `${council('brief(input: string)')}export function plan(goal: string) {\n  return (brief as (...args: unknown[]) => string)(goal, 'extra');\n}\nexport function replan(goal: string) {\n  // @ts-expect-error one argument too many\n  return brief(goal, goal);\n}\n`,
    },
    {
      name: 'a parameter without annotation that its declared function type types is typed',
      filename: caseFile('orchestrator'),
      code: `/** @tier council */\nconst brief: (input: { goal: string }) => string = (input) => input.goal;\nexport function plan(goal: string) {\n  return brief({ goal });\n}\n`,
    },
    {
      name: 'a type the program cannot resolve, inside a parameter type, is not judged',
      filename: caseFile('orchestrator'),
      code: `${council('brief(input: { draft: MissingDraft })')}export function plan(draft: never) {\n  return brief({ draft });\n}\n`,
    },
    {
      name: 'a LangGraph Send into a node of a lower tier is not judged (only calls and tools are)',
      filename: caseFile('orchestrator'),
      code: `import { Annotation, END, Send, START, StateGraph } from '@langchain/langgraph';\nconst State = Annotation.Root({ topics: Annotation<string[]> });\n/** @tier implementation */\nasync function research(input: any) {\n  return { topics: [String(input.topic)] };\n}\nconst fanOut = (state: typeof State.State) => state.topics.map((topic) => new Send('research', { topic }));\nexport const graph = new StateGraph(State).addNode('research', research).addConditionalEdges(START, fanOut).addEdge('research', END).compile();\n`,
    },
  ],
  invalid: [
    {
      name: 'the receiver takes any',
      filename: caseFile('orchestrator'),
      code: `import { reviewLoosely } from '../council/review.js';\nexport function plan(goal: string) {\n  return reviewLoosely({ goal });\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: "Boundary orchestrator → council has no contract: parameter 'request' of reviewLoosely is typed any." },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'the receiver takes unknown',
      filename: caseFile('orchestrator'),
      code: `${council('brief(input: unknown)')}export function plan(goal: string) {\n  return brief({ goal });\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: "Boundary orchestrator → council has no contract: parameter 'input' of brief is typed unknown." },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'the receiver leaves its parameter untyped',
      filename: caseFile('orchestrator'),
      code: `${council('brief(input)')}export function plan(goal: string) {\n  return brief({ goal });\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: "Boundary orchestrator → council has no contract: parameter 'input' of brief is untyped." },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
    {
      name: "the receiver takes a type declared in the sender's tier",
      filename: caseFile('orchestrator'),
      code: `import { reviewSession } from '../council/review.js';\nimport type { SessionState } from './session.js';\nexport function plan(state: SessionState) {\n  return reviewSession(state);\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: {
            message:
              "Boundary orchestrator → council has no contract: parameter 'state' of reviewSession is typed 'SessionState', declared in the sender's tier orchestrator (src/orchestrator/session.ts); declare a contract the receiver owns.",
          },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'a tool that declares no input schema, given to an agent of a higher tier',
      filename: caseFile('orchestrator'),
      code: `import { Agent } from '@mastra/core/agent';\nimport { clockTool } from '../implementation/clock.js';\nexport const desk = new Agent({\n  id: 'desk',\n  name: 'Desk',\n  instructions: 'Answer with the time.',\n  model: 'openai/gpt-5-mini',\n  tools: { clockTool },\n});\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: 'Boundary orchestrator → implementation has no contract: tool clock declares no input schema.' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 21,
        },
      ],
    },
    {
      name: "a type of the sender's tier inside an array type is still the sender dictating",
      filename: caseFile('orchestrator'),
      code: `import type { SessionState } from './session.js';\n${council('brief(input: SessionState[])')}export function plan(states: SessionState[]) {\n  return brief(states);\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: {
            message:
              "Boundary orchestrator → council has no contract: parameter 'input' of brief is typed 'SessionState', declared in the sender's tier orchestrator (src/orchestrator/session.ts); declare a contract the receiver owns.",
          },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'a parameter whose default value is typed any is untyped',
      filename: caseFile('orchestrator'),
      code: `${council("brief(input = JSON.parse('{}'))")}export function plan(goal: string) {\n  return brief({ goal });\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: "Boundary orchestrator → council has no contract: parameter 'input' of brief is untyped." },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'a LangChain tool factory whose parameter is typed any: one finding, from the call into the factory (one per crossing expression)',
      filename: caseFile('orchestrator'),
      code: `import { tool } from '@langchain/core/tools';\nimport { z } from 'zod';\n/** @tier implementation */\nexport function createLookupTool(session: any) {\n  return tool(async ({ query }) => \`\${session.user}: \${query}\`, { name: 'lookup', description: 'Look a query up.', schema: z.object({ query: z.string() }) });\n}\nexport function plan(session: { user: string }) {\n  return createLookupTool(session);\n}\n`,
      errors: [
        {
          messageId: 'missingContract',
          data: { message: "Boundary orchestrator → implementation has no contract: parameter 'session' of createLookupTool is typed any." },
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 34,
        },
      ],
    },
  ],
});
