import ts from 'typescript';
import type { Boundary } from '../../boundaries/boundary.js';
import type { CallGraph } from '../../callgraph/call-graph.js';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { ComponentRegistry } from '../../components/component-registry.js';
import type { TierModel } from '../../tiers/tier-model.js';
import { resolvesToPackageExport } from '../package-symbols.js';

const MODEL_FUNCTIONS = new Set(['generateText', 'streamText', 'generateObject', 'streamObject']);
/** The options of a model call whose values reach the model. */
export const MODEL_SINK_OPTIONS = new Set(['prompt', 'system', 'instructions', 'messages']);

/** Calls of the AI SDK's model functions: boundaries of kind `model`, crossing through prompt, system and messages. */
export function findAiSdkModelCalls(checker: ts.TypeChecker, graph: CallGraph, tiers: TierModel, components: ComponentRegistry): Boundary[] {
  const boundaries: Boundary[] = [];
  for (const { caller, call } of graph.callSites) {
    if (!ts.isCallExpression(call)) continue;
    const name = resolvesToPackageExport(checker, call.expression, 'ai');
    if (!name || !MODEL_FUNCTIONS.has(name)) continue;
    const fromTier = tiers.tierOfFunction(caller);
    if (!fromTier || tiers.isShared(caller)) continue;
    const model = components.add({ kind: 'model-call', name, framework: 'ai-sdk', tier: null, node: call });
    boundaries.push({
      id: '',
      kind: 'model',
      from: components.forFunction(caller),
      to: model,
      fromTier,
      toTier: null,
      sender: caller,
      call,
      args: sinkValues(call),
      site: call,
    });
  }
  return boundaries;
}

function sinkValues(call: ts.CallExpression): ts.Expression[] {
  const options = skipOuterExpressions(call.arguments[0]);
  if (!options || !ts.isObjectLiteralExpression(options)) return options ? [options] : [];
  const values: ts.Expression[] = [];
  for (const property of options.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && MODEL_SINK_OPTIONS.has(property.name.text)) values.push(property.initializer);
    else if (ts.isShorthandPropertyAssignment(property) && MODEL_SINK_OPTIONS.has(property.name.text)) values.push(property.name);
    else if (ts.isSpreadAssignment(property)) values.push(property.expression);
  }
  return values;
}
