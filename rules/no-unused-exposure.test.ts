import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-unused-exposure.js';

const header = `import { brief, summarize } from '../council/advise.js';\n`;

createRuleTester().run('no-unused-exposure', rule, {
  valid: [
    { name: 'the receiver reads every field passed', filename: caseFile('orchestrator'), code: `${header}export function plan(request: { goal: string }) { return summarize(request); }\n` },
    { name: 'a primitive crosses', filename: caseFile('orchestrator'), code: `${header}export function plan(goal: string) { return summarize({ goal }); }\n` },
  ],
  invalid: [
    {
      name: 'a field the receiver never reads crosses; the suggestion passes only what is read',
      filename: caseFile('orchestrator'),
      code: `${header}export function plan(request: { goal: string; userId: string }) {\n  return brief(request);\n}\n`,
      errors: [
        {
          messageId: 'unusedExposure',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'passOnlyRead',
              output: `${header}export function plan(request: { goal: string; userId: string }) {\n  return brief({ goal: request.goal });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});
