import { aiSdkAdapter } from './ai-sdk/index.js';
import type { FrameworkAdapter } from './framework-adapter.js';
import { langChainAdapter } from './langchain/index.js';
import { langGraphAdapter } from './langgraph/index.js';
import { mastraAdapter } from './mastra/index.js';
import { openAiAgentsAdapter } from './openai-agents/index.js';
import { providerSdkAdapter } from './provider-sdks/index.js';

/** Every framework adapter; each lives in its own folder next to this file. */
export const FRAMEWORK_ADAPTERS: readonly FrameworkAdapter[] = [
  openAiAgentsAdapter,
  langGraphAdapter,
  mastraAdapter,
  aiSdkAdapter,
  langChainAdapter,
  providerSdkAdapter,
];
