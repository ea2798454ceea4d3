import ts from '../typescript.cjs';
import { packageOf } from './resolved-declaration.js';
import { noteCheckerFault } from '../program/checker-faults.js';

/** Where a conversation (a framework's message list) is handed on whole. */
export interface ConversationCrossing {
  /** The spread element (`...messages`), or the expression handing it over as-is or serialised. */
  location: ts.Node;
  expression: ts.Expression;
}

/** A framework's conversation property: `messages` of the AI SDK's tool options, `history` of a run result. */
export interface ConversationProperty {
  packageName: string;
  /** The interfaces or classes declaring it (across majors their names change). */
  owners: ReadonlySet<string>;
  name: string;
}

/**
 * The places in values crossing a boundary where a framework conversation is handed on whole:
 * as-is, spread into a new list (`[...messages, next]`) or serialised (`JSON.stringify(history)`).
 * Picking from it (`messages.slice(-3)`, `history.filter(...)`, `messages[0]`, `.length`) is a
 * choice of what to forward, not a crossing of the whole.
 */
export function conversationCrossings(checker: ts.TypeChecker, values: readonly ts.Expression[], property: ConversationProperty): ConversationCrossing[] {
  const crossings: ConversationCrossing[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if ((ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) && isConversation(checker, node.expression, property)) {
      crossings.push({ location: node, expression: node.expression });
      return;
    }
    if (ts.isExpression(node) && isConversation(checker, node, property)) {
      if (isPicked(node)) return;
      crossings.push({ location: node, expression: node });
      return;
    }
    ts.forEachChild(node, visit);
  };
  values.forEach(visit);
  return crossings;
}

const PICKING_MEMBERS = new Set(['slice', 'filter', 'at', 'find', 'findLast', 'length', 'some', 'every', 'includes', 'indexOf']);

function isPicked(node: ts.Expression): boolean {
  const parent = node.parent;
  if (parent && ts.isElementAccessExpression(parent) && parent.expression === node) return true;
  return !!parent && ts.isPropertyAccessExpression(parent) && parent.expression === node && PICKING_MEMBERS.has(parent.name.text);
}

/** The conversation property read (`options.messages`, `result.history`) or destructured (`{ messages }`). */
function isConversation(checker: ts.TypeChecker, expression: ts.Expression, property: ConversationProperty): boolean {
  try {
    if (ts.isPropertyAccessExpression(expression)) return isConversationSymbol(checker.getSymbolAtLocation(expression.name), property);
    if (!ts.isIdentifier(expression)) return false;
    const parent = expression.parent;
    const symbol = ts.isShorthandPropertyAssignment(parent) && parent.name === expression ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(expression);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent)) return false;
    const key = declaration.propertyName ?? declaration.name;
    if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) return false;
    const holder = checker.getTypeAtLocation(declaration.parent);
    return isConversationSymbol(checker.getPropertyOfType(checker.getNonNullableType(holder), key.text), property);
  } catch (error) {
    noteCheckerFault(checker, error, expression);
    return false;
  }
}

function isConversationSymbol(symbol: ts.Symbol | undefined, property: ConversationProperty): boolean {
  const declaration = symbol?.declarations?.[0];
  if (!symbol || symbol.name !== property.name || !declaration) return false;
  const owner = declaration.parent;
  const ownerName = (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name ? owner.name.text : undefined;
  return ownerName !== undefined && property.owners.has(ownerName) && packageOf(declaration.getSourceFile().fileName) === property.packageName;
}
