import type { ResolvedDeclaration } from '../resolved-declaration.js';

/** Packages whose declarations are the `@openai/agents` SDK; every API resolves into `-core` or `-realtime`. */
export const OPENAI_AGENTS_PACKAGES = ['@openai/agents', '@openai/agents-core', '@openai/agents-realtime'] as const;
export const CORE_PACKAGE = '@openai/agents-core';
export const REALTIME_PACKAGE = '@openai/agents-realtime';

/** The SDK calls the adapter understands, by the declaration they resolve to (docs/frameworks.md §1). */
export type OpenAiApi = 'agent' | 'realtime-agent' | 'agent-clone' | 'as-tool' | 'tool' | 'handoff' | 'run' | 'runner' | 'runner-run' | 'realtime-session';

/** Agent properties that hold lists of delegates, also when assigned or pushed to after construction. */
export type AgentListProperty = 'tools' | 'handoffs';

// Every release from 0.0.1 to 0.20 declares these in the same files of the same packages.
const APIS: ReadonlyArray<{ packageName: string; file: string; name: string; api: OpenAiApi }> = [
  { packageName: CORE_PACKAGE, file: 'agent', name: 'Agent', api: 'agent' },
  { packageName: CORE_PACKAGE, file: 'agent', name: 'Agent.create', api: 'agent' },
  { packageName: CORE_PACKAGE, file: 'agent', name: 'Agent.clone', api: 'agent-clone' },
  { packageName: CORE_PACKAGE, file: 'agent', name: 'Agent.asTool', api: 'as-tool' },
  { packageName: CORE_PACKAGE, file: 'tool', name: 'tool', api: 'tool' },
  { packageName: CORE_PACKAGE, file: 'handoff', name: 'handoff', api: 'handoff' },
  { packageName: CORE_PACKAGE, file: 'handoff', name: 'Handoff', api: 'handoff' },
  { packageName: CORE_PACKAGE, file: 'run', name: 'run', api: 'run' },
  { packageName: CORE_PACKAGE, file: 'run', name: 'Runner', api: 'runner' },
  { packageName: CORE_PACKAGE, file: 'run', name: 'Runner.run', api: 'runner-run' },
  { packageName: REALTIME_PACKAGE, file: 'realtimeAgent', name: 'RealtimeAgent', api: 'realtime-agent' },
  { packageName: REALTIME_PACKAGE, file: 'realtimeSession', name: 'RealtimeSession', api: 'realtime-session' },
];

/** Which SDK API a resolved callee is; undefined for everything else. */
export function openAiApi(resolved: ResolvedDeclaration | undefined): OpenAiApi | undefined {
  if (!resolved?.packageName) return undefined;
  const base = declarationFileBase(resolved.file);
  return APIS.find((entry) => entry.packageName === resolved.packageName && entry.file === base && entry.name === resolved.name)?.api;
}

/** `Agent.tools` / `Agent.handoffs` (also reached on a `RealtimeAgent`, which inherits them). */
export function agentListProperty(resolved: ResolvedDeclaration | undefined): AgentListProperty | undefined {
  if (resolved?.packageName !== CORE_PACKAGE || declarationFileBase(resolved.file) !== 'agent') return undefined;
  if (resolved.name === 'Agent.tools') return 'tools';
  if (resolved.name === 'Agent.handoffs') return 'handoffs';
  return undefined;
}

function declarationFileBase(file: string): string | undefined {
  return /\/dist\/([^/]+)\.d\.[cm]?ts$/.exec(file.split('\\').join('/'))?.[1];
}
