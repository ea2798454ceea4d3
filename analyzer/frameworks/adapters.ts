import { aiSdkAdapter } from './ai-sdk/index.js';
import type { FrameworkAdapter } from './framework-adapter.js';

/** Every framework adapter; each lives in its own folder next to this file. */
export const FRAMEWORK_ADAPTERS: readonly FrameworkAdapter[] = [aiSdkAdapter];
