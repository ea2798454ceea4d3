import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { AdapterContext, FrameworkAdapter } from '../framework-adapter.js';
import { ChatModels, isLangChainPackage } from './chat-models.js';

/** Runnable methods that send their input to the model (`call`/`predict*` are the pre-0.1 spellings). */
const INVOCATIONS = new Set(['invoke', 'stream', 'batch', 'generate', 'streamEvents', 'streamLog', 'call', 'predict', 'predictMessages', 'generatePrompt']);

/**
 * LangChain chat models from any `@langchain/*` provider package: each invocation of a model, of
 * a model with tools bound or structured output, or of a chain ending in one, is a model call
 * from the function making it. The invocation's input is what the model sees: messages, or a
 * prompt template's variables when a template is piped into the model.
 */
export const langChainAdapter: FrameworkAdapter = {
  name: 'langchain',
  packages: ['@langchain/core', 'langchain'],
  analyze(context: AdapterContext): void {
    const models = new ChatModels(context.checker);
    for (const { caller, call, resolved } of context.callsInto(isLangChainPackage)) {
      if (!ts.isCallExpression(call)) continue;
      const callee = skipOuterExpressions(call.expression);
      if (!callee || !ts.isPropertyAccessExpression(callee) || !INVOCATIONS.has(callee.name.text)) continue;
      if (!resolved.name.endsWith(`.${callee.name.text}`) || !models.runsModel(callee.expression)) continue;
      const input = call.arguments[0];
      context.addModelCall({ caller, node: call, name: modelCallName(callee), framework: 'langchain', sinks: input ? [input] : [] });
    }
  },
};

/** `model.invoke`, `this.model.invoke`; a long inline chain is named by its last two links. */
function modelCallName(callee: ts.PropertyAccessExpression): string {
  const receiver = skipOuterExpressions(callee.expression);
  const text = receiver && (ts.isIdentifier(receiver) || ts.isPropertyAccessExpression(receiver)) ? receiver.getText() : receiver && ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) ? `${receiver.expression.name.text}(…)` : 'model';
  return `${text.replace(/\s+/g, '')}.${callee.name.text}`;
}
