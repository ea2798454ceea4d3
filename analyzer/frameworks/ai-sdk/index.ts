import ts from '../../typescript.cjs';
import type { AdapterContext, FrameworkAdapter, FrameworkCall } from '../framework-adapter.js';
import { AI_SDK_PACKAGES, TOOL_LOOP_FUNCTIONS, aiSdkRole, type AiSdkRole } from './declarations.js';
import { addAgentModelCalls, addModelFunctionCalls, addToolResultCalls } from './model-calls.js';
import { optionsObject } from './option-values.js';
import { addSubAgentEdges, calledAgent } from './sub-agents.js';
import { registerAgents, registerToolLoops } from './tool-loops.js';
import { agentToolRecords, registerTools, toolsRecord } from './tools.js';

/**
 * AI SDK 5, 6 and 7 (`ai`): model calls, tool loops (`generateText`/`streamText` with `tools`, and
 * `ToolLoopAgent`), tools named by their `tools` key, sub-agents called inside tools, and the
 * conversation handed on to them (docs/frameworks.md §4).
 */
export const aiSdkAdapter: FrameworkAdapter = {
  name: 'ai-sdk',
  packages: AI_SDK_PACKAGES,
  analyze(context: AdapterContext): void {
    const calls = byRole(context.callsInto(AI_SDK_PACKAGES));
    const loops = calls['model-call'].filter((c) => TOOL_LOOP_FUNCTIONS.has(c.resolved.name));
    const constructions = calls.agent.map((c) => c.call).filter(ts.isNewExpression);
    const toolRecords = [
      ...loops.map((c) => toolsRecord(context, optionsObject(context.checker, c.call.arguments?.[0]))),
      ...constructions.flatMap((c) => agentToolRecords(context, optionsObject(context.checker, c.arguments?.[0]))),
    ].filter((record) => record !== undefined);

    // Tools first: agents and loops name them and point their edges at them.
    const tools = registerTools(context, calls.tool.map((c) => c.call).filter(ts.isCallExpression), toolRecords);
    const agents = registerAgents(context, constructions, tools);
    registerToolLoops(context, loops, tools);
    const agentCalls = calls['agent-call'].map((c) => ({ ...c, agent: calledAgent(context, c.call, agents) }));
    addSubAgentEdges(context, agentCalls);

    addModelFunctionCalls(context, calls['model-call']);
    addAgentModelCalls(context, agentCalls);
    addToolResultCalls(context, tools.values());
  },
};

function byRole(calls: readonly FrameworkCall[]): Record<AiSdkRole, FrameworkCall[]> {
  const grouped: Record<AiSdkRole, FrameworkCall[]> = { 'model-call': [], tool: [], agent: [], 'agent-call': [] };
  for (const call of calls) {
    const role = aiSdkRole(call.resolved);
    if (role) grouped[role].push(call);
  }
  return grouped;
}
