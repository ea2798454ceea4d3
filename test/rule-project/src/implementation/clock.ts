import { createTool } from '@mastra/core/tools';

/** An implementation-tier tool that declares no input schema. */
export const clockTool = createTool({
  id: 'clock',
  description: 'The current time.',
  execute: async () => ({ now: new Date().toISOString() }),
});
