import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-conversation-passthrough.js';

const header = `import { Agent, Runner, handoff, type HandoffInputData } from '@openai/agents';\nimport { refunds, shipping } from '../council/agents.js';\n`;
const lastTurn = `const lastTurn = (data: HandoffInputData): HandoffInputData => ({ ...data, preHandoffItems: [], newItems: [] });\n`;

createRuleTester().run('no-conversation-passthrough', rule, {
  valid: [
    {
      name: 'a handoff with an inputFilter forwards what the filter chose',
      filename: caseFile('orchestrator'),
      code: `${header}${lastTurn}export const desk = new Agent({ name: 'Desk', handoffs: [handoff(refunds, { inputFilter: lastTurn })] });\n`,
    },
    {
      name: 'a run-level handoffInputFilter filters every handoff of the agents it runs',
      filename: caseFile('orchestrator'),
      code: `${header}${lastTurn}export const desk = new Agent({ name: 'Desk', handoffs: [refunds] });\nconst runner = new Runner({ handoffInputFilter: lastTurn });\nexport const answer = (q: string) => runner.run(desk, q);\n`,
    },
  ],
  invalid: [
    {
      name: 'a bare agent in handoffs forwards the whole conversation, reported at the entry',
      filename: caseFile('orchestrator'),
      code: `${header}export const desk = new Agent({\n  name: 'Desk',\n  handoffs: [refunds, handoff(shipping)],\n});\n`,
      errors: [
        { messageId: 'conversationPassthrough', line: 5, column: 14, endLine: 5, endColumn: 21 },
        { messageId: 'conversationPassthrough', line: 5, column: 23, endLine: 5, endColumn: 40 },
      ],
    },
  ],
});
