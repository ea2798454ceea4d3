import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { AdapterContext } from '../framework-adapter.js';
import type { MastraCall, MastraComponents } from './components.js';
import { initializerOf } from './options.js';
import { mastraComponentOf } from './references.js';
import type { MastraRegistry } from './registry.js';

/**
 * Workflow → step edges, one per step given to the builder (`then(step)`, `parallel([a, b])`,
 * `branch([[cond, step]])`, ...), located at the step argument. Steps sit one tier below their
 * workflow; the order of the steps is control flow and makes no edge between them.
 */
export function addWorkflowEdges(context: AdapterContext, registry: MastraRegistry, found: MastraComponents, builderCalls: readonly MastraCall[]): void {
  for (const builderCall of builderCalls) {
    const { call } = builderCall;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const workflow = mastraComponentOf(context, registry, call.expression.expression);
    if (!workflow || workflow.kind !== 'workflow') continue;
    for (const site of stepArguments(context, call, builderCall.resolved.name)) {
      const step = mastraComponentOf(context, registry, site);
      if (!step || step === workflow) continue;
      context.addEdge({ from: workflow, to: step, kind: 'step', site, delegation: true, receiver: step.entry, contract: found.contractOf.get(step) });
    }
  }
}

/** The step expressions of one builder call, by the method it resolved to. */
function stepArguments(context: AdapterContext, call: ts.CallExpression, declaredName: string): ts.Expression[] {
  const [first, second] = call.arguments;
  switch (declaredName) {
    case 'Workflow.parallel':
      return arrayElements(context, first);
    case 'Workflow.branch':
      // `branch([[condition, step], ...])`: the step is the second element of each pair.
      return arrayElements(context, first).flatMap((pair) => arrayElements(context, pair).slice(1, 2));
    case 'Workflow.waitForEvent':
      return second ? [second] : [];
    default:
      return first ? [first] : [];
  }
}

function arrayElements(context: AdapterContext, expression: ts.Expression | undefined, depth = 0): ts.Expression[] {
  const inner = skipOuterExpressions(expression);
  if (!inner || depth > 8) return [];
  if (ts.isArrayLiteralExpression(inner)) {
    return inner.elements.flatMap((element) => (ts.isSpreadElement(element) ? arrayElements(context, element.expression, depth + 1) : [element]));
  }
  const initializer = initializerOf(context.checker, inner);
  return initializer ? arrayElements(context, initializer, depth + 1) : [];
}
