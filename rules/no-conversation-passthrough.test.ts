import { caseFile, createRuleTester } from '../test/support/rule-tester.js';
import rule from './no-conversation-passthrough.js';

const header = `import { Agent, Runner, handoff, type HandoffInputData } from '@openai/agents';\nimport { refunds, shipping } from '../council/agents.js';\n`;
const graphHeader = `import { Annotation, MessagesAnnotation, StateGraph } from '@langchain/langgraph';\nimport { ReviewState, reviewGraph } from '../council/review-graph.js';\nconst DeskState = Annotation.Root({ ...MessagesAnnotation.spec, draft: Annotation<string>, customer: Annotation<string> });\n`;
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
    {
      name: 'a realtime agent hands over the live session, which has no filter: not judged',
      filename: caseFile('orchestrator'),
      code: `import { RealtimeAgent } from '@openai/agents/realtime';\nimport { voiceRefunds } from '../council/agents.js';\nexport const greeter = new RealtimeAgent({ name: 'Greeter', instructions: 'Greet.', handoffs: [voiceRefunds] });\n`,
    },
    {
      name: 'a subgraph node with an input schema receives the channels that schema chose',
      filename: caseFile('orchestrator'),
      code: `${graphHeader}export const desk = new StateGraph(DeskState).addNode('review', reviewGraph, { input: ReviewState }).compile();\n`,
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
    {
      name: 'handoffs assigned and pushed after construction are reported at each entry',
      filename: caseFile('orchestrator'),
      code: `${header}export const desk = new Agent({ name: 'Desk' });\ndesk.handoffs = [refunds];\ndesk.handoffs.push(handoff(shipping));\n`,
      errors: [
        { messageId: 'conversationPassthrough', line: 4, column: 18, endLine: 4, endColumn: 25 },
        { messageId: 'conversationPassthrough', line: 5, column: 20, endLine: 5, endColumn: 37 },
      ],
    },
    {
      name: "a subgraph node with no input schema receives the parent's message history, reported at the node",
      filename: caseFile('orchestrator'),
      code: `${graphHeader}export const desk = new StateGraph(DeskState)\n  .addNode('review', reviewGraph)\n  .compile();\n`,
      errors: [{ messageId: 'conversationPassthrough', line: 5, column: 22, endLine: 5, endColumn: 33 }],
    },
  ],
});
