import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { stepWraps } from './components.js';
import { mastraApi } from './mastra-api.js';
import { initializerOf } from './options.js';
import type { MastraRegistry } from './registry.js';
import { knownString } from '../known-string.js';

const MAX_DEPTH = 8;

/**
 * The Mastra component an expression denotes. Beyond `context.componentOf` (the defining call, or
 * a variable holding it): a workflow built by a chain (`createWorkflow(...).then(a).commit()`) is
 * the `createWorkflow` it starts from, `createStep(agent)` is that agent, and
 * `mastra.getAgent('writer')` is the agent the registry holds under that key.
 */
export function mastraComponentOf(context: AdapterContext, registry: MastraRegistry | undefined, expression: ts.Expression | undefined, depth = 0): Component | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > MAX_DEPTH) return undefined;
  const direct = context.componentOf(inner);
  if (direct) return direct;
  if (ts.isCallExpression(inner)) {
    const resolved = context.resolve(inner.expression);
    const api = mastraApi(resolved);
    if ((api === 'workflowStep' || api === 'workflowBuilder') && ts.isPropertyAccessExpression(inner.expression)) {
      return mastraComponentOf(context, registry, inner.expression.expression, depth + 1);
    }
    if (api === 'step' && stepWraps(context.checker, inner)) return mastraComponentOf(context, registry, inner.arguments[0], depth + 1);
    if (api === 'lookup' && resolved) return registry?.lookup(resolved.name, knownString(context.checker, inner.arguments[0]));
    return undefined;
  }
  const initializer = initializerOf(context.checker, inner);
  return initializer ? mastraComponentOf(context, registry, initializer, depth + 1) : undefined;
}
