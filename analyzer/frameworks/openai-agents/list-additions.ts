import ts from '../../typescript.cjs';
import type { AdapterContext } from '../framework-adapter.js';
import { agentListProperty, type AgentListProperty } from './api.js';
import { listElements } from './options.js';

/**
 * Entries given to an agent's `tools` or `handoffs` after it was made: `agent.handoffs = [...]`
 * (a new list) or `agent.handoffs.push(...)` (the list it already has, which its clones share).
 */
export interface ListAddition {
  /** The expression naming the agent (`triageAgent`). */
  agent: ts.Expression;
  key: AgentListProperty;
  elements: ts.Expression[];
  /** Whether the entries join the agent's existing list (push, unshift, splice) rather than replace it. */
  inPlace: boolean;
}

const IN_PLACE_METHODS = new Set(['push', 'unshift']);

/** Every assignment to, and push onto, an SDK agent's `tools` or `handoffs` in the project. */
export function findListAdditions(context: AdapterContext): ListAddition[] {
  const additions: ListAddition[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const key = agentListProperty(context.resolve(node.left));
      if (key) additions.push({ agent: node.left.expression, key, elements: listElements(context.checker, node.right), inPlace: false });
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && IN_PLACE_METHODS.has(node.expression.name.text)) {
      const list = node.expression.expression;
      const key = ts.isPropertyAccessExpression(list) ? agentListProperty(context.resolve(list)) : undefined;
      if (key && ts.isPropertyAccessExpression(list)) {
        const elements = node.arguments.flatMap((argument) => (ts.isSpreadElement(argument) ? listElements(context.checker, argument.expression) : [argument]));
        additions.push({ agent: list.expression, key, elements, inPlace: true });
      }
    }
    ts.forEachChild(node, visit);
  };
  // Most files never touch these lists: the text test spares walking them.
  for (const file of context.files) if (/\.\s*(handoffs|tools)\b/.test(file.text)) visit(file);
  return additions;
}
