import ts from '../typescript.cjs';
import type { CallGraph } from '../callgraph/call-graph.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { packageOf } from '../frameworks/resolved-declaration.js';

/**
 * Where a value that crosses into a model was built (DESIGN.md §6, "What crosses is followed
 * through locals"): a local's initializer and what was later added to it (`p += …`,
 * `messages.push(…)`, `payload.x = …`), the arguments of a LangChain message (`new HumanMessage(…)`),
 * the receiver of `lines.join('\n')`, and the returned expressions of a project helper that builds
 * its result (`buildPrompt(customer)`). A value that is not built here (a parameter, the result
 * of an SDK call) has no sources: it crosses as what its type says.
 */
export interface BuiltFrom {
  sources: ts.Expression[];
  /** For a helper's returned expressions: the helper's parameters and the arguments given for them. */
  parameters?: ReadonlyMap<ts.Symbol, ts.Expression>;
}

/** String and array methods whose result carries everything their receiver (and arguments) held. */
const CARRYING_METHODS = new Set(['join', 'concat', 'trim', 'trimStart', 'trimEnd', 'toString', 'flat', 'toUpperCase', 'toLowerCase']);
const ADDING_METHODS = new Set(['push', 'unshift', 'concat', 'splice']);

export class BuiltValues {
  private readonly cache = new Map<ts.Node, BuiltFrom | null>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly graph: CallGraph,
  ) {}

  /** The expressions a crossing value was built from, or undefined when it was not built in the project. */
  builtFrom(expression: ts.Expression): BuiltFrom | undefined {
    const inner = skipOuterExpressions(expression) ?? expression;
    let found = this.cache.get(inner);
    if (found === undefined) {
      found = this.compute(inner) ?? null;
      this.cache.set(inner, found);
    }
    return found ?? undefined;
  }

  private compute(inner: ts.Expression): BuiltFrom | undefined {
    if (ts.isAwaitExpression(inner)) return this.builtFrom(inner.expression) && { sources: [inner.expression] };
    if (ts.isIdentifier(inner)) return this.local(inner);
    if (ts.isNewExpression(inner)) return this.isPackageValue(inner.expression) ? { sources: [...(inner.arguments ?? [])] } : undefined;
    if (!ts.isCallExpression(inner)) return undefined;
    const callee = skipOuterExpressions(inner.expression);
    if (callee && ts.isPropertyAccessExpression(callee) && CARRYING_METHODS.has(callee.name.text)) return { sources: [callee.expression, ...inner.arguments] };
    return this.helperResult(inner);
  }

  /** A local variable: its initializer when it builds something, and everything added to it afterwards. */
  private local(identifier: ts.Identifier): BuiltFrom | undefined {
    const parent = identifier.parent;
    // `{ parts }` names a property whose value is the local `parts`.
    const symbol = parent && ts.isShorthandPropertyAssignment(parent) && parent.name === identifier ? this.shorthandValue(parent) : this.symbolOf(identifier);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
    if (declaration.getSourceFile() !== identifier.getSourceFile()) return undefined;
    const added = this.additions(symbol, declaration);
    const initializer = declaration.initializer && skipOuterExpressions(declaration.initializer);
    const builds = initializer !== undefined && this.isBuilt(initializer);
    if (!builds && added.length === 0) return undefined;
    return { sources: initializer ? [initializer, ...added] : added };
  }

  /** `x += e`, `x = e`, `x.push(e)`, `x.prop = e` in the scope that declares `x`. */
  private additions(symbol: ts.Symbol, declaration: ts.VariableDeclaration): ts.Expression[] {
    const scope = enclosingScope(declaration);
    const name = symbol.name;
    const added: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === name && node !== declaration.name && this.symbolOf(node) === symbol) {
        const parent = node.parent;
        if (ts.isBinaryExpression(parent) && parent.left === node && isAssignment(parent.operatorToken.kind)) added.push(parent.right);
        else if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
          const use = parent.parent;
          if (ts.isCallExpression(use) && use.expression === parent && ADDING_METHODS.has(parent.name.text)) added.push(...use.arguments);
          else if (ts.isBinaryExpression(use) && use.left === parent && isAssignment(use.operatorToken.kind)) added.push(use.right);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return added.map((e) => (ts.isSpreadElement(e) ? e.expression : e));
  }

  /** A project function whose returned value is built from its parameters. */
  private helperResult(call: ts.CallExpression): BuiltFrom | undefined {
    const symbol = this.symbolOf(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
    const declaration = symbol?.valueDeclaration;
    const fn = declaration && (ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration);
    if (!fn || !ts.isFunctionLike(fn) || !this.graph.functionOf(fn as ts.Declaration)) return undefined;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return undefined;
    const returned = ts.isBlock(body) ? returnedExpressions(body) : [body];
    const parameters = new Map<ts.Symbol, ts.Expression>();
    (fn as ts.FunctionLikeDeclaration).parameters.forEach((parameter, i) => {
      const parameterSymbol = ts.isIdentifier(parameter.name) ? this.symbolOf(parameter.name) : undefined;
      const argument = call.arguments[i];
      if (parameterSymbol && argument) parameters.set(parameterSymbol, argument);
    });
    if (parameters.size === 0 || !returned.some((e) => isComposite(skipOuterExpressions(e) ?? e))) return undefined;
    return { sources: returned, parameters };
  }

  private isPackageValue(expression: ts.Expression): boolean {
    const declaration = this.symbolOf(ts.isPropertyAccessExpression(expression) ? expression.name : expression)?.declarations?.[0];
    return declaration !== undefined && packageOf(declaration.getSourceFile().fileName) !== undefined;
  }

  /** An initializer that builds a value out of parts, as opposed to receiving one whole (`await db.user(id)`). */
  private isBuilt(expression: ts.Expression): boolean {
    if (isComposite(expression)) return true;
    return (ts.isCallExpression(expression) || ts.isNewExpression(expression) || ts.isAwaitExpression(expression)) && this.builtFrom(expression) !== undefined;
  }

  private shorthandValue(property: ts.ShorthandPropertyAssignment): ts.Symbol | undefined {
    try {
      return this.checker.getShorthandAssignmentValueSymbol(property);
    } catch {
      return undefined;
    }
  }

  symbolOf(node: ts.Node): ts.Symbol | undefined {
    try {
      let symbol = this.checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      return symbol;
    } catch {
      return undefined;
    }
  }
}

/** Literals that put a value together out of parts. */
function isComposite(expression: ts.Expression): boolean {
  return (
    ts.isTemplateExpression(expression) ||
    ts.isArrayLiteralExpression(expression) ||
    ts.isObjectLiteralExpression(expression) ||
    (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken)
  );
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.PlusEqualsToken;
}

function enclosingScope(node: ts.Node): ts.Node {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current) || ts.isSourceFile(current)) return current;
  }
  return node.getSourceFile();
}

function returnedExpressions(body: ts.Block): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}
