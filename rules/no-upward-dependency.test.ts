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
    {
      name: 'a higher-tier class named only in an implements clause',
      filename: caseFile('implementation'),
      code: `import { SessionLog } from '../orchestrator/session.js';\nexport class Log implements SessionLog {\n  readonly lines: string[] = [];\n  constructor(readonly sessionId: string) {}\n}\n`,
    },
    {
      name: "a higher-tier interface named in an interface's extends clause",
      filename: caseFile('implementation'),
      code: `import { SessionState } from '../orchestrator/session.js';\nexport interface LocalState extends SessionState {\n  extra: string;\n}\n`,
    },
    {
      name: 'a side-effect import of a higher-tier module binds no value',
      filename: caseFile('implementation'),
      code: `import '../orchestrator/session.js';\nexport const ready = true;\n`,
    },
    {
      name: 'a function tagged into this tier, declared in a higher-tier file, used as a value',
      filename: caseFile('implementation'),
      code: `import { formatReason } from '../orchestrator/session.js';\nexport const formatters = [formatReason];\n`,
    },
    {
      name: 'a value of the same tier used without being called',
      filename: caseFile('implementation'),
      code: `import { search } from './search.js';\nexport const tools = [search];\n`,
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
    {
      name: 'a default import used as a value',
      filename: caseFile('implementation'),
      code: `import escalateLater from '../orchestrator/session.js';\nexport const handlers = [escalateLater];\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'escalateLater' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 8, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'a namespace import whose member is used as a value',
      filename: caseFile('implementation'),
      code: `import * as session from '../orchestrator/session.js';\nexport const handlers = [session.escalate];\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'session' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 8, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'a namespace member that is called is one upward call, not also a value import',
      filename: caseFile('implementation'),
      code: `import * as session from '../orchestrator/session.js';\nexport function fail(reason: string) {\n  return session.escalate(reason);\n}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: 'Upward dependency: fail (implementation) calls escalate (orchestrator); a lower tier must not depend on a higher one.' }, line: 3, column: 27, endLine: 3, endColumn: 33 }],
    },
    {
      name: 'extending a higher-tier class uses it as a value',
      filename: caseFile('implementation'),
      code: `import { SessionClock } from '../orchestrator/session.js';\nexport class Clock extends SessionClock {}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'SessionClock' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 10, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'constructing a higher-tier class is an upward call',
      filename: caseFile('implementation'),
      code: `import { SessionLog } from '../orchestrator/session.js';\nexport function open(id: string) {\n  return new SessionLog(id);\n}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: 'Upward dependency: open (implementation) calls SessionLog.constructor (orchestrator); a lower tier must not depend on a higher one.' }, line: 3, column: 25, endLine: 3, endColumn: 27 }],
    },
    {
      name: 'constructing a higher-tier class that declares no constructor uses it as a value',
      filename: caseFile('implementation'),
      code: `import { SessionClock } from '../orchestrator/session.js';\nexport function clock() {\n  return new SessionClock();\n}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'SessionClock' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 10, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'a local of the same name shadows the import: only the call is upward',
      filename: caseFile('implementation'),
      code: `import { escalate } from '../orchestrator/session.js';\nexport function local() {\n  const escalate = 'none';\n  return [escalate];\n}\nexport function fail(reason: string) {\n  return escalate(reason);\n}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: 'Upward dependency: fail (implementation) calls escalate (orchestrator); a lower tier must not depend on a higher one.' }, line: 7, column: 19, endLine: 7, endColumn: 25 }],
    },
    {
      name: 'a higher-tier function passed as an argument is used as a value',
      filename: caseFile('implementation'),
      code: `import { escalate } from '../orchestrator/session.js';\nexport function register(add: (handler: unknown) => void) {\n  add(escalate);\n}\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'escalate' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 10, endLine: 1, endColumn: 18 },
        // The callback handed over is a boundary of its own, judged as a call where it is handed.
        { messageId: 'upwardDependency', data: { message: 'Upward dependency: register (implementation) calls escalate (orchestrator); a lower tier must not depend on a higher one.' }, line: 3, column: 7, endLine: 3, endColumn: 15 }],
    },
    {
      name: 'a higher-tier function handed to a constructor is used as a value',
      filename: caseFile('implementation'),
      code: `import { escalate } from '../orchestrator/session.js';\nexport const guarded = new Proxy(escalate, {});\n`,
      errors: [{ messageId: 'upwardDependency', data: { message: "Upward dependency: src/implementation/case.ts (implementation) imports 'escalate' from src/orchestrator/session.ts (orchestrator) and uses it as a value; a lower tier must not depend on a higher one." }, line: 1, column: 10, endLine: 1, endColumn: 18 },
        { messageId: 'upwardDependency', data: { message: 'Upward dependency: <module case.ts> (implementation) calls escalate (orchestrator); a lower tier must not depend on a higher one.' }, line: 2, column: 34, endLine: 2, endColumn: 42 }],
    },
  ],
});
