import type { FrameworkAdapter } from '../framework-adapter.js';
import { CORE_PACKAGE, OPENAI_AGENTS_PACKAGES } from './api.js';
import { findAgents, findTools } from './components.js';
import { addHandoffEdges, addRunEdges, addToolEdges } from './edges.js';
import { findHandoffs } from './handoffs.js';
import { findListAdditions } from './list-additions.js';
import { addModelSinks } from './model-sinks.js';
import { agentsFilteredByRuns, findRuns } from './runs.js';

/** `@openai/agents` and its realtime agents: agents, function tools, handoffs, agents-as-tools, runs and sessions (docs/frameworks.md §1). */
export const openAiAgentsAdapter: FrameworkAdapter = {
  name: 'openai-agents',
  packages: OPENAI_AGENTS_PACKAGES,
  analyze(context) {
    // The run context, and the user's context object it carries, are the framework's contexts.
    context.addContextType(CORE_PACKAGE, 'RunContext');
    context.addContextType(CORE_PACKAGE, 'RunContext.context');
    const calls = context.callsInto(OPENAI_AGENTS_PACKAGES);
    const tools = findTools(context, calls);
    const agents = findAgents(context, calls, findListAdditions(context));
    const handoffs = findHandoffs(context, agents);
    const runs = findRuns(context, calls);
    addToolEdges(context, agents, tools);
    addHandoffEdges(context, handoffs, agentsFilteredByRuns(runs, handoffs));
    addRunEdges(context, runs);
    addModelSinks(context, agents, tools, runs);
  },
};
