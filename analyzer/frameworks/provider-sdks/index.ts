import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { optionEntries, optionsObject, spreadValues } from '../ai-sdk/option-values.js';
import type { AdapterContext, FrameworkAdapter } from '../framework-adapter.js';
import { PROVIDER_PACKAGES, providerRequest } from './requests.js';

/**
 * Provider SDKs (`openai`, `@anthropic-ai/sdk`, `@google/genai`): each model request is a model
 * call from the function that makes it (DESIGN.md §3), seeing the request's prompt options.
 */
export const providerSdkAdapter: FrameworkAdapter = {
  name: 'provider-sdks',
  packages: PROVIDER_PACKAGES,
  analyze(context: AdapterContext): void {
    for (const { caller, call, resolved } of context.callsInto(PROVIDER_PACKAGES)) {
      const request = providerRequest(resolved);
      if (!request || !ts.isCallExpression(call)) continue;
      context.addModelCall({ caller, node: call, name: requestName(call), framework: request.framework, sinks: sinkValues(context, call.arguments[0], request.sinkOptions) });
    }
  },
};

/** `chat.completions.create`: the callee without the client it was called on. */
function requestName(call: ts.CallExpression): string {
  const names: string[] = [];
  let current: ts.Expression = call.expression;
  while (ts.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = current.expression;
  }
  return names.join('.') || call.expression.getText();
}

/** The values of the options the model reads (one level into `config`), and whatever is spread in. */
function sinkValues(context: AdapterContext, argument: ts.Expression | undefined, keys: ReadonlySet<string>, depth = 0): ts.Expression[] {
  const options = optionsObject(context.checker, argument);
  if (!options) {
    const whole = depth === 0 ? skipOuterExpressions(argument) : undefined;
    return whole ? [whole] : [];
  }
  const values: ts.Expression[] = [];
  for (const entry of optionEntries(options)) {
    if (ts.isMethodDeclaration(entry.value)) continue;
    if (keys.has(entry.key)) values.push(entry.value);
    else if (entry.key === 'config' && depth === 0) values.push(...sinkValues(context, entry.value, keys, depth + 1));
  }
  return [...values, ...spreadValues(options)].sort((a, b) => a.pos - b.pos);
}
