import { Agent } from '@openai/agents';

/** Council-tier agents that orchestrator cases hand off to. */
export const refunds = new Agent({ name: 'Refunds', instructions: 'Handle refund requests.' });
export const shipping = new Agent({ name: 'Shipping', instructions: 'Answer shipping questions.' });
