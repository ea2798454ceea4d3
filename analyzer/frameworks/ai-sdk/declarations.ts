import ts from '../../typescript.cjs';
import type { ResolvedDeclaration } from '../resolved-declaration.js';

/** `generateText`, `ToolLoopAgent` and the agent interface live in `ai`; `tool` and `dynamicTool` in provider-utils. */
export const AI_PACKAGE = 'ai';
export const PROVIDER_UTILS_PACKAGE = '@ai-sdk/provider-utils';
export const AI_SDK_PACKAGES = [AI_PACKAGE, PROVIDER_UTILS_PACKAGE] as const;

/** What an AI SDK declaration does when user code calls it (docs/frameworks.md §4). */
export type AiSdkRole = 'model-call' | 'tool' | 'agent' | 'agent-call';

const MODEL_FUNCTIONS = new Set(['generateText', 'streamText', 'generateObject', 'streamObject']);
/** Model functions that run a tool loop when given `tools`; the deprecated object functions take none. */
export const TOOL_LOOP_FUNCTIONS = new Set(['generateText', 'streamText']);
// The bundle declares `tool` as `tool$1` and re-exports it under its public name.
const TOOL_FACTORIES = new Set(['tool$1', 'tool', 'dynamicTool']);
// AI SDK 5 declares the agent class as `Agent` and exports it as `Experimental_Agent`; 6 and 7
// declare `ToolLoopAgent` (also exported as `Experimental_Agent`) and `Agent` is its interface.
const AGENT_CLASSES = new Set(['ToolLoopAgent', 'Agent']);
const AGENT_CALLS = new Set(['ToolLoopAgent.generate', 'ToolLoopAgent.stream', 'Agent.generate', 'Agent.stream']);

/** The role of a resolved callee, by declared name and owning package; undefined for the rest of the SDK. */
export function aiSdkRole(resolved: ResolvedDeclaration): AiSdkRole | undefined {
  if (resolved.packageName === AI_PACKAGE) {
    if (MODEL_FUNCTIONS.has(resolved.name)) return 'model-call';
    if (AGENT_CLASSES.has(resolved.name) && ts.isClassDeclaration(resolved.declaration)) return 'agent';
    if (AGENT_CALLS.has(resolved.name)) return 'agent-call';
  }
  if (resolved.packageName === PROVIDER_UTILS_PACKAGE && TOOL_FACTORIES.has(resolved.name)) return 'tool';
  return undefined;
}
