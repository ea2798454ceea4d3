import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './require-boundary-contract.js';

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
  ],
  invalid: [
    {
      name: 'the receiver takes any',
      filename: caseFile('orchestrator'),
      code: `import { reviewLoosely } from '../council/review.js';\nexport function plan(goal: string) {\n  return reviewLoosely({ goal });\n}\n`,
      errors: [{ messageId: 'missingContract', line: 3, column: 24, endLine: 3, endColumn: 32 }],
    },
    {
      name: "the receiver takes a type declared in the sender's tier",
      filename: caseFile('orchestrator'),
      code: `import { reviewSession } from '../council/review.js';\nimport type { SessionState } from './session.js';\nexport function plan(state: SessionState) {\n  return reviewSession(state);\n}\n`,
      errors: [{ messageId: 'missingContract', line: 4, column: 24, endLine: 4, endColumn: 29 }],
    },
  ],
});
