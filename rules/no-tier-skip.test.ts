import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-tier-skip.js';

createRuleTester().run('no-tier-skip', rule, {
  valid: [
    {
      name: 'a call into the next tier down',
      filename: caseFile('orchestrator'),
      code: `import { review } from '../council/review.js';\nexport function plan() { return review({ goal: 'g', constraints: [] }); }\n`,
    },
    {
      name: 'a call within one tier',
      filename: caseFile('orchestrator'),
      code: `import { escalate } from './session.js';\nexport function plan() { return escalate('x'); }\n`,
    },
  ],
  invalid: [
    {
      name: 'orchestrator calls the workflow tier, skipping council and design',
      filename: caseFile('orchestrator'),
      code: `import { runPipeline } from '../workflow/pipeline.js';\nexport function plan(steps: string[]) {\n  return runPipeline(steps);\n}\n`,
      errors: [
        {
          messageId: 'tierSkip',
          data: { message: 'Call from plan (orchestrator) to runPipeline (workflow) skips tiers council, design.' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'a zero-argument call is located at the call',
      filename: caseFile('council'),
      code: `import { refreshIndex } from '../implementation/search.js';\nexport function decide() {\n  refreshIndex();\n}\n`,
      errors: [
        {
          messageId: 'tierSkip',
          data: { message: 'Call from decide (council) to refreshIndex (implementation) skips tiers design, workflow.' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'one skipped tier is named in the singular',
      filename: caseFile('council'),
      code: `import { runPipeline } from '../workflow/pipeline.js';\nexport function decide(steps: string[]) {\n  return runPipeline(steps);\n}\n`,
      errors: [
        {
          messageId: 'tierSkip',
          data: { message: 'Call from decide (council) to runPipeline (workflow) skips tier design.' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
  ],
});
