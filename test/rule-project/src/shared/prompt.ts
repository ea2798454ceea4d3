import type { AppContext } from './context.js';

/** A project helper that builds a prompt from its argument, in another file than its callers. */
export function keyPrompt(ctx: AppContext): string {
  return `Use ${ctx.apiKey} for ${ctx.goal}`;
}
