import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import type { Finding } from './finding.js';
import { forwardedWholeFinding } from './forwarded-whole.js';

/**
 * The whole conversation history crossing a boundary because a framework default forwards it and
 * nobody chose what to pass: a handoff with no input filter, a sub-agent with no message filter,
 * the calling loop's messages handed to a sub-agent.
 */
export function checkConversationPassthrough(_context: AnalysisContext, scope: CheckScope): Finding[] {
  return scope.boundaries.filter((boundary) => boundary.forwardsEverything?.what === 'conversation').map((boundary) => forwardedWholeFinding('no-conversation-passthrough', boundary));
}
