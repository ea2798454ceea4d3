import ts from '../../typescript.cjs';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { conversationCrossings, type ConversationProperty } from '../conversation-crossings.js';
import { PROVIDER_UTILS_PACKAGE } from './declarations.js';
import { sinkValues } from './model-calls.js';
import { valueOf } from './option-values.js';
import type { AiSdkAgent } from './tool-loops.js';

/** The conversation a tool is called in: `messages` of its second parameter (`ToolCallOptions` in AI SDK 5, `ToolExecutionOptions` since 6). */
const TOOL_CONVERSATION: ConversationProperty = { packageName: PROVIDER_UTILS_PACKAGE, owners: new Set(['ToolExecutionOptions', 'ToolCallOptions']), name: 'messages' };

/** The agent a `generate`/`stream` call is made on, when its receiver is a `new ToolLoopAgent` of this program. */
export function calledAgent(context: AdapterContext, call: ts.CallExpression | ts.NewExpression, agents: ReadonlyMap<ts.Node, AiSdkAgent>): AiSdkAgent | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = valueOf(context.checker, callee.expression);
  return receiver ? agents.get(receiver) : undefined;
}

/**
 * Calling an agent is delegating to it (a sub-agent when done inside a tool's `execute`). Handing
 * it the tool's `messages` — the calling loop's whole conversation — is the framework default
 * that forwards everything: reported at the spread (or the expression) that hands it over.
 */
export function addSubAgentEdges(context: AdapterContext, calls: ReadonlyArray<FrameworkCall & { agent: AiSdkAgent | undefined }>): void {
  for (const { caller, call, agent } of calls) {
    if (!agent) continue;
    const crossings = conversationCrossings(context.checker, sinkValues(context, call.arguments?.[0]), TOOL_CONVERSATION);
    const why = `Sub-agent ${agent.component.name} is handed the calling loop's whole conversation`;
    const site = crossings[0]?.location ?? call.arguments?.[0] ?? call;
    context.addEdge({ from: caller, to: agent.component, kind: 'subagent', site, delegation: true, forwardsEverything: crossings[0] ? { what: 'conversation', reason: `${why} ('${crossings[0].expression.getText()}')` } : undefined });
    for (const crossing of crossings.slice(1)) {
      context.addEdge({ from: caller, to: agent.component, kind: 'subagent', site: crossing.location, delegation: true, forwardsEverything: { what: 'conversation', reason: `${why} ('${crossing.expression.getText()}')` } });
    }
  }
}
