import type { FrameworkAdapter } from '../framework-adapter.js';
import { addAgentNodes, addNodes, addRouters, addSubgraphNodes, findGraphs } from './graphs.js';
import { addPrebuiltEdges, findPrebuiltAgents, LANGCHAIN_PACKAGE, SUPERVISOR_PACKAGE, SWARM_PACKAGE } from './prebuilt-agents.js';
import { LANGCHAIN_CORE_PACKAGE, LANGGRAPH_PACKAGE, LANGGRAPH_SDK_PACKAGE } from './langgraph-declarations.js';
import { Deployments } from './deployments.js';
import { addRemoteRuns, checkRemoteGraphs, nameDeployedGraphs } from './remote-runs.js';
import { addGraphRuns, addSends } from './sends-and-runs.js';
import { addToolEdges, findLangChainTools } from './langchain-tools.js';

/**
 * `@langchain/langgraph` (docs/frameworks.md §2): `StateGraph`s and their nodes, compiled subgraphs
 * used as nodes or run from inside a node, `Send` payloads, and the graph state as a context; remote
 * runs through `langgraph.json`; LangChain tools; prebuilt, supervisor and swarm agents.
 */
export const langGraphAdapter: FrameworkAdapter = {
  name: 'langgraph',
  packages: [LANGGRAPH_PACKAGE, LANGCHAIN_CORE_PACKAGE, LANGGRAPH_SDK_PACKAGE],
  analyze(context) {
    const calls = context.callsInto([LANGGRAPH_PACKAGE, LANGCHAIN_CORE_PACKAGE, LANGGRAPH_SDK_PACKAGE, LANGCHAIN_PACKAGE, SUPERVISOR_PACKAGE, SWARM_PACKAGE]);
    const deployments = new Deployments(context);
    const graphs = findGraphs(context, calls, deployments);
    nameDeployedGraphs(graphs, deployments);
    const agents = findPrebuiltAgents(context, calls);
    for (const agent of agents) if (agent.kind === 'agent') graphs.prebuiltAgents.set(agent.component, { stateSchema: agent.stateSchema });
    addNodes(context, graphs, calls);
    addRouters(context, graphs, calls);
    addSubgraphNodes(context, graphs);
    addAgentNodes(context, graphs);
    addSends(context, graphs, calls);
    addGraphRuns(context, graphs, calls);
    addRemoteRuns(context, graphs, deployments, calls);
    checkRemoteGraphs(context, deployments, calls);
    const tools = findLangChainTools(context, calls);
    addToolEdges(context, tools, addPrebuiltEdges(context, agents, tools, calls));
  },
};
