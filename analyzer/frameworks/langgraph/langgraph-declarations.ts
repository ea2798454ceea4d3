import type { ResolvedDeclaration } from '../resolved-declaration.js';

export const LANGGRAPH_PACKAGE = '@langchain/langgraph';
export const LANGGRAPH_SDK_PACKAGE = '@langchain/langgraph-sdk';
const REMOTE_RUN_METHODS = new Set(['create', 'wait', 'stream']);
/** Compiled graphs inherit `invoke`/`stream`/`batch` from `@langchain/core`'s `Runnable`. */
export const LANGCHAIN_CORE_PACKAGE = '@langchain/core';

/** Builder and compiled-graph methods that return the same graph, so a method chain stays on one graph. */
const CHAIN_METHODS = new Set([
  'addNode',
  'addSequence',
  'addEdge',
  'addConditionalEdges',
  'setEntryPoint',
  'setFinishPoint',
  'setNodeDefaults',
  'compile',
  'withConfig',
]);
/** Methods that run a compiled graph: from inside a node, a graph call one tier down. */
const RUN_METHODS = new Set(['invoke', 'stream', 'streamEvents', 'batch']);

/**
 * The declared name without a bundler's `$1` suffix, split into class and member
 * (`Graph$1.addConditionalEdges` → `Graph`, `addConditionalEdges`).
 */
function parts(resolved: ResolvedDeclaration): { owner: string | undefined; member: string } {
  const [first, second] = resolved.name.split('.');
  const clean = (s: string) => s.replace(/\$\d+$/, '');
  return second === undefined ? { owner: undefined, member: clean(first!) } : { owner: clean(first!), member: clean(second) };
}

function inLangGraph(resolved: ResolvedDeclaration | undefined): resolved is ResolvedDeclaration {
  return resolved?.packageName === LANGGRAPH_PACKAGE;
}

/** `new StateGraph(...)`. */
export function isStateGraphClass(resolved: ResolvedDeclaration | undefined): boolean {
  return inLangGraph(resolved) && parts(resolved).owner === undefined && parts(resolved).member === 'StateGraph';
}

/** `new RemoteGraph({ graphId, url })`: a graph deployed on a LangGraph server. */
export function isRemoteGraphClass(resolved: ResolvedDeclaration | undefined): boolean {
  return inLangGraph(resolved) && parts(resolved).owner === undefined && parts(resolved).member === 'RemoteGraph';
}

/** `client.runs.create`/`wait`/`stream` of `@langchain/langgraph-sdk`: a run of a deployed graph. */
export function remoteRunMethod(resolved: ResolvedDeclaration | undefined): string | undefined {
  if (resolved?.packageName !== LANGGRAPH_SDK_PACKAGE) return undefined;
  const { owner, member } = parts(resolved);
  return owner === 'RunsClient' && REMOTE_RUN_METHODS.has(member) ? member : undefined;
}

/** `new Send(node, payload)`. */
export function isSendClass(resolved: ResolvedDeclaration | undefined): boolean {
  return inLangGraph(resolved) && parts(resolved).owner === undefined && parts(resolved).member === 'Send';
}

/** A builder method of a LangGraph graph (`StateGraph.addNode`, `Graph.addConditionalEdges`, `compile`, ...), or undefined. */
export function graphMethod(resolved: ResolvedDeclaration | undefined): string | undefined {
  if (!inLangGraph(resolved)) return undefined;
  const { owner, member } = parts(resolved);
  return owner !== undefined && CHAIN_METHODS.has(member) ? member : undefined;
}

/** A method that runs a graph (`Pregel.invoke`, `Runnable.stream`, ...), or undefined. */
export function runMethod(resolved: ResolvedDeclaration | undefined): string | undefined {
  // langchain 1.x `createAgent` returns a `ReactAgent` whose run methods `langchain` declares.
  if (resolved?.packageName !== LANGGRAPH_PACKAGE && resolved?.packageName !== LANGCHAIN_CORE_PACKAGE && resolved?.packageName !== 'langchain') return undefined;
  const { owner, member } = parts(resolved);
  return owner !== undefined && RUN_METHODS.has(member) ? member : undefined;
}
