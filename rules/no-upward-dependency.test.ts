import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-upward-dependency.js';

createRuleTester().run('no-upward-dependency', rule, {
  valid: [
    {
      name: 'a type-only import from a higher tier',
      filename: caseFile('implementation'),
      code: `import type { SessionState } from '../orchestrator/session.js';\nexport function tag(state: Pick<SessionState, 'goal'>) { return state.goal; }\n`,
    },
    {
      name: 'an inline type import from a higher tier',
      filename: caseFile('implementation'),
      code: `import { type SessionState } from '../orchestrator/session.js';\nexport const none: SessionState | undefined = undefined;\n`,
    },
  ],
  invalid: [
    {
      name: 'an implementation function calls the orchestrator',
      filename: caseFile('implementation'),
      code: `import { escalate } from '../orchestrator/session.js';\nexport function fail(reason: string) {\n  return escalate(reason);\n}\n`,
      errors: [
        {
          messageId: 'upwardDependency',
          data: { message: 'Upward dependency: fail (implementation) calls escalate (orchestrator); a lower tier must not depend on a higher one.' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'a value import used without being called is reported at the import specifier',
      filename: caseFile('implementation'),
      code: `import { escalate } from '../orchestrator/session.js';\nexport const handlers = [escalate];\n`,
      errors: [
        {
          messageId: 'upwardDependency',
          data: {
            message:
              "Upward dependency: src/implementation/case.ts (implementation) imports 'escalate' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one.",
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
  ],
});
