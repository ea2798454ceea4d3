import type { AppContext } from '../shared/context.js';

export function advise(ctx: AppContext): string {
  return ctx.goal;
}

export function adviseFully(ctx: AppContext): string {
  return [ctx.goal, ctx.userId, ctx.apiKey, ctx.locale].join(' ');
}

export function summarize(request: { goal: string }): string {
  return request.goal;
}

export function brief(request: { goal: string; userId: string }): string {
  return request.goal;
}

export function adviseInTone(tone: string, ctx: AppContext): string {
  return [tone, ctx.goal, ctx.userId, ctx.apiKey, ctx.locale].join(' ');
}

export function weigh(full: AppContext, partial: AppContext): string {
  return [full.goal, full.userId, full.apiKey, full.locale, partial.goal].join(' ');
}

export function adviseBlindly(ctx: AppContext): string {
  return typeof ctx;
}

export function adviseOnLocale(ctx: AppContext): string {
  return `${ctx.goal} (${ctx.locale})`;
}
