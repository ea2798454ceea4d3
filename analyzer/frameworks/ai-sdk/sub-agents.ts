import ts from 'typescript';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { packageOf } from '../resolved-declaration.js';
import { PROVIDER_UTILS_PACKAGE } from './declarations.js';
import { sinkValues } from './model-calls.js';
import { valueOf } from './option-values.js';
import type { AiSdkAgent } from './tool-loops.js';

/** Where the conversation a tool was called in crosses into a sub-agent. */
interface ConversationCrossing {
  /** The spread element (`...messages`), or the expression handing it over as-is or serialised. */
  location: ts.Node;
  expression: ts.Expression;
}

/** The agent a `generate`/`stream` call is made on, when its receiver is a `new ToolLoopAgent` of this program. */
export function calledAgent(context: AdapterContext, call: ts.CallExpression | ts.NewExpression, agents: ReadonlyMap<ts.Node, AiSdkAgent>): AiSdkAgent | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = valueOf(context.checker, callee.expression);
  return receiver ? agents.get(receiver) : undefined;
}

/**
 * Calling an agent is delegating to it (a sub-agent when done inside a tool's `execute`). Handing
 * it the tool's `messages` — the calling loop's whole conversation — is the framework default
 * that forwards everything: reported at the spread (or the expression) that hands it over.
 */
export function addSubAgentEdges(context: AdapterContext, calls: ReadonlyArray<FrameworkCall & { agent: AiSdkAgent | undefined }>): void {
  for (const { caller, call, agent } of calls) {
    if (!agent) continue;
    const crossings = conversationCrossings(context.checker, sinkValues(context, call.arguments?.[0]));
    const why = `Sub-agent ${agent.component.name} is handed the calling loop's whole conversation`;
    const site = crossings[0]?.location ?? call.arguments?.[0] ?? call;
    context.addEdge({ from: caller, to: agent.component, kind: 'subagent', site, delegation: true, forwardsEverything: crossings[0] ? { what: 'conversation', reason: `${why} ('${crossings[0].expression.getText()}')` } : undefined });
    for (const crossing of crossings.slice(1)) {
      context.addEdge({ from: caller, to: agent.component, kind: 'subagent', site: crossing.location, delegation: true, forwardsEverything: { what: 'conversation', reason: `${why} ('${crossing.expression.getText()}')` } });
    }
  }
}

function conversationCrossings(checker: ts.TypeChecker, sinks: readonly ts.Expression[]): ConversationCrossing[] {
  const crossings: ConversationCrossing[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if ((ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) && isToolConversation(checker, node.expression)) {
      crossings.push({ location: node, expression: node.expression });
      return;
    }
    if (ts.isExpression(node) && isToolConversation(checker, node)) {
      crossings.push({ location: node, expression: node });
      return;
    }
    ts.forEachChild(node, visit);
  };
  sinks.forEach(visit);
  return crossings;
}

/** `messages` of a tool's `ToolExecutionOptions`: destructured (`{ messages }`) or read (`options.messages`). */
function isToolConversation(checker: ts.TypeChecker, expression: ts.Expression): boolean {
  try {
    if (ts.isPropertyAccessExpression(expression)) return isConversationProperty(checker.getSymbolAtLocation(expression.name));
    if (!ts.isIdentifier(expression)) return false;
    const parent = expression.parent;
    const symbol = ts.isShorthandPropertyAssignment(parent) && parent.name === expression ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(expression);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent)) return false;
    const key = declaration.propertyName ?? declaration.name;
    if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) return false;
    const options = checker.getTypeAtLocation(declaration.parent);
    return isConversationProperty(checker.getPropertyOfType(options, key.text));
  } catch {
    return false;
  }
}

function isConversationProperty(property: ts.Symbol | undefined): boolean {
  const declaration = property?.declarations?.[0];
  if (!property || property.name !== 'messages' || !declaration) return false;
  const owner = declaration.parent;
  return ts.isInterfaceDeclaration(owner) && owner.name.text === 'ToolExecutionOptions' && packageOf(declaration.getSourceFile().fileName) === PROVIDER_UTILS_PACKAGE;
}
