import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { stepWraps } from './components.js';
import { mastraApi } from './mastra-api.js';
import { initializerOf } from './options.js';

const MAX_DEPTH = 8;

/**
 * The Mastra component an expression denotes. Beyond `context.componentOf` (the defining call, or
 * a variable holding it): a workflow built by a chain (`createWorkflow(...).then(a).commit()`) is
 * the `createWorkflow` it starts from, and `createStep(agent)` is that agent.
 */
export function mastraComponentOf(context: AdapterContext, expression: ts.Expression | undefined, depth = 0): Component | undefined {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > MAX_DEPTH) return undefined;
  const direct = context.componentOf(inner);
  if (direct) return direct;
  if (ts.isCallExpression(inner)) {
    const api = mastraApi(context.resolve(inner.expression));
    if ((api === 'workflowStep' || api === 'workflowBuilder') && ts.isPropertyAccessExpression(inner.expression)) {
      return mastraComponentOf(context, inner.expression.expression, depth + 1);
    }
    if (api === 'step' && stepWraps(context.checker, inner)) return mastraComponentOf(context, inner.arguments[0], depth + 1);
    return undefined;
  }
  const initializer = initializerOf(context.checker, inner);
  return initializer ? mastraComponentOf(context, initializer, depth + 1) : undefined;
}
