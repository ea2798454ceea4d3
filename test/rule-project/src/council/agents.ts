import { Agent } from '@openai/agents';
import { RealtimeAgent } from '@openai/agents/realtime';

/** Council-tier agents that orchestrator cases hand off to. */
export const refunds = new Agent({ name: 'Refunds', instructions: 'Handle refund requests.' });
export const shipping = new Agent({ name: 'Shipping', instructions: 'Answer shipping questions.' });
export const voiceRefunds = new RealtimeAgent({ name: 'VoiceRefunds', instructions: 'Handle refund requests by voice.' });
