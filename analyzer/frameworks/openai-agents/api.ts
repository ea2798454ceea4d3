import type { ResolvedDeclaration } from '../resolved-declaration.js';

/** Packages whose declarations are the `@openai/agents` SDK; every API resolves into `-core`. */
export const OPENAI_AGENTS_PACKAGES = ['@openai/agents', '@openai/agents-core'] as const;
export const CORE_PACKAGE = '@openai/agents-core';

/** The SDK calls the adapter understands, by the declaration they resolve to (docs/frameworks.md §1). */
export type OpenAiApi = 'agent' | 'agent-clone' | 'as-tool' | 'tool' | 'handoff' | 'run' | 'runner' | 'runner-run';

const APIS: ReadonlyArray<{ file: string; name: string; api: OpenAiApi }> = [
  { file: 'agent', name: 'Agent', api: 'agent' },
  { file: 'agent', name: 'Agent.create', api: 'agent' },
  { file: 'agent', name: 'Agent.clone', api: 'agent-clone' },
  { file: 'agent', name: 'Agent.asTool', api: 'as-tool' },
  { file: 'tool', name: 'tool', api: 'tool' },
  { file: 'handoff', name: 'handoff', api: 'handoff' },
  { file: 'handoff', name: 'Handoff', api: 'handoff' },
  { file: 'run', name: 'run', api: 'run' },
  { file: 'run', name: 'Runner', api: 'runner' },
  { file: 'run', name: 'Runner.run', api: 'runner-run' },
];

/** Which SDK API a resolved callee is; undefined for everything else. */
export function openAiApi(resolved: ResolvedDeclaration | undefined): OpenAiApi | undefined {
  if (resolved?.packageName !== CORE_PACKAGE) return undefined;
  const base = /\/dist\/([^/]+)\.d\.[cm]?ts$/.exec(resolved.file.split('\\').join('/'))?.[1];
  return APIS.find((entry) => entry.file === base && entry.name === resolved.name)?.api;
}
