import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

/** An implementation-tier tool that declares no input schema. */
export const clockTool = createTool({
  id: 'clock',
  description: 'The current time.',
  execute: async () => ({ now: new Date().toISOString() }),
});

/** An implementation-tier tool whose input schema is its contract. */
export const timezoneTool = createTool({
  id: 'timezone',
  description: 'The current time in a time zone.',
  inputSchema: z.object({ zone: z.string() }),
  execute: async ({ zone }) => ({ now: new Date().toLocaleString('en-GB', { timeZone: zone }) }),
});
