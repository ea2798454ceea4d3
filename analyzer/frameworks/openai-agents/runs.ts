import ts from '../../typescript.cjs';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { openAiApi } from './api.js';
import { hasNarrowingFilter, type HandoffEntry } from './handoffs.js';
import { definitionOf } from './options.js';

/** A `run(agent, input, options)`, `runner.run(...)` or `new RealtimeSession(agent, options)`. */
export interface RunCall {
  call: FrameworkCall;
  agent: Component;
  input: ts.Expression | undefined;
  options: ts.Expression | undefined;
  /** Whether a `new Runner({ handoffInputFilter })` runs it: every handoff of the run is filtered. */
  filtersHandoffs: boolean;
}

export function findRuns(context: AdapterContext, calls: readonly FrameworkCall[]): RunCall[] {
  const runs: RunCall[] = [];
  for (const call of calls) {
    const api = openAiApi(call.resolved);
    if (api !== 'run' && api !== 'runner-run' && api !== 'realtime-session') continue;
    // A realtime session's input is the user's voice, not a value in the code.
    const [agentArgument, input, options] = api === 'realtime-session' ? [call.call.arguments?.[0], undefined, call.call.arguments?.[1]] : (call.call.arguments ?? []);
    const agent = context.componentOf(agentArgument);
    if (!agent || agent.kind !== 'agent') continue;
    const filtersHandoffs = api === 'runner-run' && hasNarrowingFilter(context, runnerConfig(context, call.call), 'handoffInputFilter');
    runs.push({ call, agent, input, options, filtersHandoffs });
  }
  return runs;
}

/**
 * Agents whose handoffs are all covered by a run-level `handoffInputFilter`: every run that
 * reaches them (from its agent through handoffs) is made by a filtering Runner.
 */
export function agentsFilteredByRuns(runs: readonly RunCall[], handoffs: readonly HandoffEntry[]): Set<Component> {
  const reachedBy = new Map<Component, RunCall[]>();
  for (const run of runs) {
    const queue = [run.agent];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const agent = queue.shift()!;
      reachedBy.set(agent, [...(reachedBy.get(agent) ?? []), run]);
      for (const handoff of handoffs) {
        if (handoff.from.component !== agent || seen.has(handoff.to)) continue;
        seen.add(handoff.to);
        queue.push(handoff.to);
      }
    }
  }
  return new Set([...reachedBy].filter(([, reaching]) => reaching.every((run) => run.filtersHandoffs)).map(([agent]) => agent));
}

/** The `RunConfig` of the Runner a `runner.run(...)` call is made on, when it can be seen. */
function runnerConfig(context: AdapterContext, call: ts.CallExpression | ts.NewExpression): ts.Expression | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const runner = definitionOf(context.checker, call.expression.expression);
  if (!runner || !ts.isNewExpression(runner) || openAiApi(context.resolve(runner.expression)) !== 'runner') return undefined;
  return runner.arguments?.[0];
}
