import type { ResolvedDeclaration } from '../resolved-declaration.js';

export type ProviderFramework = 'openai' | 'anthropic' | 'google-genai';

/** A model request of a provider SDK: which package, which resource class and methods, which options the model reads. */
interface ProviderRequest {
  framework: ProviderFramework;
  packageName: string;
  /** `Class.method` as the declaration files spell them; the SDKs have kept these names across their major versions. */
  methods: ReadonlySet<string>;
  /** Options whose values reach the model; `config` is searched one level down (`config.systemInstruction`). */
  sinkOptions: ReadonlySet<string>;
}

export const PROVIDER_REQUESTS: readonly ProviderRequest[] = [
  {
    framework: 'openai',
    packageName: 'openai',
    // `chat.completions` (and v4's `beta.chat.completions`), the legacy `completions`, and `responses`.
    methods: new Set(['Completions.create', 'Completions.parse', 'Completions.stream', 'Completions.runTools', 'Responses.create', 'Responses.parse', 'Responses.stream']),
    sinkOptions: new Set(['messages', 'input', 'instructions', 'prompt']),
  },
  {
    framework: 'anthropic',
    packageName: '@anthropic-ai/sdk',
    // `messages` and `beta.messages`.
    methods: new Set(['Messages.create', 'Messages.stream', 'Messages.parse']),
    sinkOptions: new Set(['system', 'messages']),
  },
  {
    framework: 'google-genai',
    packageName: '@google/genai',
    methods: new Set(['Models.generateContent', 'Models.generateContentStream', 'Chat.sendMessage', 'Chat.sendMessageStream']),
    sinkOptions: new Set(['contents', 'systemInstruction', 'message']),
  },
];

export const PROVIDER_PACKAGES: readonly string[] = PROVIDER_REQUESTS.map((r) => r.packageName);

/** The provider request a resolved callee is, if it is one. */
export function providerRequest(resolved: ResolvedDeclaration): ProviderRequest | undefined {
  return PROVIDER_REQUESTS.find((request) => request.packageName === resolved.packageName && request.methods.has(resolved.name));
}
