import ts from '../../typescript.cjs';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import { packageOf } from '../resolved-declaration.js';

/**
 * Whether a LangChain runnable holds a language model: a `BaseLanguageModel` subclass from any
 * provider package, or something made from one (`bindTools`, `withStructuredOutput`, `pipe`,
 * `RunnableSequence.from`). Recognised by the declaring package and class, so `ChatOpenAI`,
 * `ChatAnthropic`, `initChatModel` results and a project's own subclasses all count.
 */

/** The base classes of every LangChain model (`langchain` itself declared them before 0.1). */
const MODEL_BASES = new Set(['BaseLanguageModel', 'BaseChatModel', 'BaseLLM', 'LLM', 'SimpleChatModel']);
/** Runnable methods whose result still runs the model they were called on. */
const WRAPPERS = new Set(['bindTools', 'withStructuredOutput', 'bind', 'withConfig', 'withRetry', 'withFallbacks', 'withListeners', 'pipe']);
/** How far a value is followed through variables, wrappers and pipes. */
const MAX_HOPS = 12;

export function isLangChainPackage(name: string | undefined): boolean {
  return name !== undefined && (name === 'langchain' || name.startsWith('@langchain/'));
}

export class ChatModels {
  private readonly modelTypes = new Map<ts.Type, boolean>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** The expression runs a language model when invoked. */
  runsModel(expression: ts.Expression | undefined, hops = 0): boolean {
    const inner = skipOuterExpressions(expression);
    if (!inner || hops > MAX_HOPS) return false;
    if (this.isModelType(this.typeAt(inner))) return true;
    if (ts.isCallExpression(inner)) {
      const callee = skipOuterExpressions(inner.expression);
      if (callee && ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (WRAPPERS.has(method) && this.runsModel(callee.expression, hops + 1)) return true;
        if (method === 'pipe' && inner.arguments.some((a) => this.runsModel(a, hops + 1))) return true;
        // `RunnableSequence.from([prompt, model, parser])`
        if (method === 'from' && inner.arguments.some((a) => this.runsModel(a, hops + 1))) return true;
      }
      return false;
    }
    if (ts.isArrayLiteralExpression(inner)) return inner.elements.some((e) => this.runsModel(e, hops + 1));
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) {
      return this.assignedValues(inner).some((value) => this.runsModel(value, hops + 1));
    }
    return false;
  }

  /** What a variable or property was given: its initializer, and assignments to it (`this.model = …`). */
  private assignedValues(expression: ts.Identifier | ts.PropertyAccessExpression): ts.Expression[] {
    const target = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    let symbol: ts.Symbol | undefined;
    try {
      symbol = this.checker.getSymbolAtLocation(target);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    } catch {
      return [];
    }
    const values: ts.Expression[] = [];
    for (const declaration of symbol?.declarations ?? []) {
      if (packageOf(declaration.getSourceFile().fileName)) continue;
      if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) values.push(declaration.initializer);
      if (ts.isPropertyDeclaration(declaration)) values.push(...constructorAssignments(declaration));
    }
    return values;
  }

  /** A class (or interface) deriving from one of LangChain's model bases; a Runnable typed on model input. */
  private isModelType(type: ts.Type | undefined): boolean {
    if (!type) return false;
    const known = this.modelTypes.get(type);
    if (known !== undefined) return known;
    this.modelTypes.set(type, false);
    const result = this.derivesFromModel(this.checker.getNonNullableType(type), 0);
    this.modelTypes.set(type, result);
    return result;
  }

  private derivesFromModel(type: ts.Type, depth: number): boolean {
    if (depth > 10) return false;
    const symbol = type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    if (symbol && declaration && MODEL_BASES.has(symbol.name) && isLangChainPackage(packageOf(declaration.getSourceFile().fileName))) return true;
    if (type.isUnionOrIntersection()) return type.types.some((t) => this.derivesFromModel(t, depth + 1));
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    const flags = (type as ts.ObjectType).objectFlags;
    try {
      // `Runnable<BaseLanguageModelInput, AIMessageChunk>`: what `bindTools` returns, typed as such on a field.
      if (flags & ts.ObjectFlags.Reference && this.checker.getTypeArguments(type as ts.TypeReference)[0]?.aliasSymbol?.name === 'BaseLanguageModelInput') return true;
      if (!(flags & (ts.ObjectFlags.ClassOrInterface | ts.ObjectFlags.Reference))) return false;
      const target = flags & ts.ObjectFlags.Reference ? (type as ts.TypeReference).target : (type as ts.InterfaceType);
      return this.checker.getBaseTypes(target as ts.InterfaceType).some((base) => this.derivesFromModel(base, depth + 1));
    } catch {
      return false;
    }
  }

  private typeAt(node: ts.Node): ts.Type | undefined {
    try {
      return this.checker.getTypeAtLocation(node);
    } catch {
      return undefined;
    }
  }
}

/** `this.model = new ChatOpenAI(…)` in the class's constructor. */
function constructorAssignments(property: ts.PropertyDeclaration): ts.Expression[] {
  const owner = property.parent;
  if (!ts.isClassLike(owner) || !ts.isIdentifier(property.name)) return [];
  const name = property.name.text;
  const values: ts.Expression[] = [];
  for (const member of owner.members) {
    if (!ts.isConstructorDeclaration(member) || !member.body) continue;
    for (const statement of member.body.statements) {
      if (!ts.isExpressionStatement(statement)) continue;
      const expression = statement.expression;
      if (
        ts.isBinaryExpression(expression) &&
        expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(expression.left) &&
        expression.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        expression.left.name.text === name
      ) {
        values.push(expression.right);
      }
    }
  }
  return values;
}
