import type { FrameworkAdapter } from './framework-adapter.js';
import { langGraphAdapter } from './langgraph/index.js';

/** Every framework adapter; each lives in its own folder next to this file. */
export const FRAMEWORK_ADAPTERS: readonly FrameworkAdapter[] = [langGraphAdapter];
