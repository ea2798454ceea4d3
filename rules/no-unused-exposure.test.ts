import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-unused-exposure.js';

const header = `import { brief, summarize } from '../council/advise.js';\n`;
const graphHeader = `import { Annotation, MessagesAnnotation, StateGraph } from '@langchain/langgraph';\nimport { archiveGraph, auditGraph, tallyGraph } from '../council/audit-graph.js';\nimport { reviewGraph } from '../council/review-graph.js';\nconst DeskState = Annotation.Root({ ...MessagesAnnotation.spec, draft: Annotation<string>, customer: Annotation<string>, locale: Annotation<string> });\n`;

/** A council-tier receiver declared in the case itself: reads goal and locale of a four-field request. */
const profile = `interface Profile { goal: string; userId: string; token: string; locale: string }\n`;
const describeProfile = `/** @tier council */\nfunction describeProfile(profile: Profile) {\n  return profile.goal + profile.locale;\n}\n`;

createRuleTester().run('no-unused-exposure', rule, {
  valid: [
    { name: 'the receiver reads every field passed', filename: caseFile('orchestrator'), code: `${header}export function plan(request: { goal: string }) { return summarize(request); }\n` },
    { name: 'a primitive crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(goal: string) { return summarize({ goal }); }\n` },
    {
      name: 'a receiver that serializes the value uses it whole, so it reads every field',
      filename: caseFile('orchestrator'),
      code: `/** @tier council */\nfunction archive(request: { goal: string; userId: string }) {\n  return JSON.stringify(request);\n}\nexport function plan(request: { goal: string; userId: string }) { return archive(request); }\n`,
    },
    {
      name: 'an object literal or a call result is not a value the suggestion could narrow: not judged',
      filename: caseFile('orchestrator'),
      code: `${header}declare function load(): { goal: string; userId: string };\nexport function plan(goal: string, userId: string) { return [brief({ goal, userId }), brief(load())]; }\n`,
    },
    {
      name: 'subgraph nodes that read every shared channel, share none, or use the state whole',
      filename: caseFile('orchestrator'),
      code: `${graphHeader}export const desk = new StateGraph(DeskState)\n  .addNode('review', reviewGraph)\n  .addNode('tally', tallyGraph)\n  .addNode('archive', archiveGraph)\n  .compile();\n`,
    },
  ],
  invalid: [
    {
      name: 'a field the receiver never reads crosses; the suggestion passes only what is read',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(request: { goal: string; userId: string }) {\n  return brief(request);\n}\n`,
      errors: [
        {
          messageId: 'unusedExposure',
          data: { message: "brief (council) never reads 1 of the 2 fields of 'request': userId; bandwidth used: 1 of 2." },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'passOnlyRead',
              data: { message: 'Pass only goal.' },
              output: `${header}export function plan(request: { goal: string; userId: string }) {\n  return brief({ goal: request.goal });\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'several fields unread and several read: the message lists the unread, the suggestion keeps every read one',
      filename: caseFile('orchestrator'),
      code: `${profile}${describeProfile}export function plan(profile: Profile) {\n  return describeProfile(profile);\n}\n`,
      errors: [
        {
          messageId: 'unusedExposure',
          data: { message: "describeProfile (council) never reads 2 of the 4 fields of 'profile': userId, token; bandwidth used: 2 of 4." },
          line: 7,
          column: 26,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'passOnlyRead',
              data: { message: 'Pass only goal, locale.' },
              output: `${profile}${describeProfile}export function plan(profile: Profile) {\n  return describeProfile({ goal: profile.goal, locale: profile.locale });\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a property access that the receiver never reads at all: the suggestion passes an empty object',
      filename: caseFile('orchestrator'),
      code: `interface Session { profile: { userId: string; locale: string } }\n/** @tier council */\nfunction greet(profile: { userId: string; locale: string }) {\n  return 'hello';\n}\nexport function plan(session: Session) {\n  return greet(session.profile);\n}\n`,
      errors: [
        {
          messageId: 'unusedExposure',
          data: { message: "greet (council) never reads 2 of the 2 fields of 'session.profile': userId, locale; bandwidth used: 0 of 2." },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'passOnlyRead',
              data: { message: 'Pass an empty object.' },
              output: `interface Session { profile: { userId: string; locale: string } }\n/** @tier council */\nfunction greet(profile: { userId: string; locale: string }) {\n  return 'hello';\n}\nexport function plan(session: Session) {\n  return greet({});\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a subgraph node shares channels none of its nodes reads: one finding at the node, naming them',
      filename: caseFile('orchestrator'),
      code: `${graphHeader}export const desk = new StateGraph(DeskState)\n  .addNode('audit', auditGraph)\n  .compile();\n`,
      errors: [
        {
          messageId: 'unusedExposure',
          data: { message: 'audit (council) never reads 2 of the 3 channels it shares with desk: customer, locale; bandwidth used: 1 of 3. Give the node an input schema with only the channels it reads.' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 31,
        },
      ],
    },
  ],
});
