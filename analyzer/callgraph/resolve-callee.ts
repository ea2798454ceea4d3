import ts from '../typescript.cjs';
import { isFunctionWithBody, type FunctionDeclarationLike } from './function-node.js';

/**
 * Resolves what a call, `new` or function reference runs, through the type checker:
 * aliases and re-exports, overloads to their implementation, and methods called through
 * an interface or base class to every implementation in the program.
 */
export class CalleeResolver {
  private implementations?: Map<ts.Symbol, ts.ClassLikeDeclaration[]>;
  /** Per interface or abstract member: its implementations, the same for every call dispatched through it. */
  private readonly implementationsByMember = new Map<ts.Declaration, readonly FunctionDeclarationLike[]>();
  /** Calls resolved through an interface or abstract member, with that member. */
  readonly dispatched = new Map<ts.CallExpression | ts.NewExpression, ts.Declaration>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly isProjectFile: (sf: ts.SourceFile) => boolean,
    private readonly projectClasses: () => Iterable<ts.ClassLikeDeclaration>,
  ) {}

  resolveCall(call: ts.CallExpression | ts.NewExpression): readonly FunctionDeclarationLike[] {
    const symbol = this.symbolOf(ts.isCallExpression(call) ? call.expression : call.expression);
    if (ts.isNewExpression(call)) return symbol ? this.constructorsOf(symbol) : [];
    if (symbol) {
      const targets = this.functionsOfSymbol(symbol, call);
      if (targets.length > 0) return targets;
      // Signature resolution is costly; only a variable holding a returned closure needs it.
      if (!isClosureHolder(symbol)) return [];
    }
    // Calls through a value of function type (a returned closure, a parameter) carry their declaration on the signature.
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    return declaration && isFunctionWithBody(declaration) && this.inProject(declaration) ? [declaration] : [];
  }

  /** The project function an expression refers to without calling it (a callback passed on). */
  resolveReference(expression: ts.Expression): readonly FunctionDeclarationLike[] {
    if (!ts.isIdentifier(expression) && !ts.isPropertyAccessExpression(expression)) return [];
    const symbol = this.symbolOf(expression);
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Method | ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return [];
    return this.functionsOfSymbol(symbol);
  }

  private symbolOf(expression: ts.Expression): ts.Symbol | undefined {
    const target = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    let symbol = this.checker.getSymbolAtLocation(target);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  private functionsOfSymbol(symbol: ts.Symbol, call?: ts.CallExpression | ts.NewExpression): readonly FunctionDeclarationLike[] {
    const declarations = symbol.declarations ?? [];
    const withBody: FunctionDeclarationLike[] = [];
    let abstractMember: ts.Declaration | undefined;
    for (const declaration of declarations) {
      if (!this.inProject(declaration)) continue;
      if (isFunctionWithBody(declaration)) withBody.push(declaration);
      else if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) {
        const initializer = skipOuterExpressions(declaration.initializer);
        if (initializer && isFunctionWithBody(initializer)) withBody.push(initializer);
        else if (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) abstractMember = declaration;
      } else if (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) || ts.isPropertySignature(declaration)) {
        abstractMember = declaration;
      }
    }
    // An overload set resolves to its implementation; an interface or abstract member to its implementations.
    if (withBody.length > 0) return withBody;
    if (!abstractMember) return [];
    if (call) this.dispatched.set(call, abstractMember);
    let implementations = this.implementationsByMember.get(abstractMember);
    if (!implementations) this.implementationsByMember.set(abstractMember, (implementations = this.implementationsOf(abstractMember)));
    return implementations;
  }

  private constructorsOf(symbol: ts.Symbol): FunctionDeclarationLike[] {
    const classDecl = symbol.declarations?.find(ts.isClassLike);
    if (!classDecl || !this.inProject(classDecl)) return [];
    const constructor = classDecl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    return constructor ? [constructor] : [];
  }

  private implementationsOf(member: ts.Declaration): FunctionDeclarationLike[] {
    const owner = member.parent;
    const name = ts.getNameOfDeclaration(member);
    if (!name || !ts.isIdentifier(name) || !(ts.isInterfaceDeclaration(owner) || ts.isClassLike(owner))) return [];
    const ownerSymbol = owner.name ? this.checker.getSymbolAtLocation(owner.name) : undefined;
    if (!ownerSymbol) return [];
    const result: FunctionDeclarationLike[] = [];
    for (const classDecl of this.implementingClasses(ownerSymbol)) {
      for (const classMember of classDecl.members) {
        if (ts.getNameOfDeclaration(classMember)?.getText() !== name.text) continue;
        if (isFunctionWithBody(classMember)) result.push(classMember);
        else if (ts.isPropertyDeclaration(classMember)) {
          const initializer = skipOuterExpressions(classMember.initializer);
          if (initializer && isFunctionWithBody(initializer)) result.push(initializer);
        }
      }
    }
    return result;
  }

  /** Classes that implement or extend `owner`, directly or through other classes and interfaces. */
  private implementingClasses(owner: ts.Symbol): ts.ClassLikeDeclaration[] {
    const index = (this.implementations ??= this.buildImplementationIndex());
    const seen = new Set<ts.Symbol>([owner]);
    const result: ts.ClassLikeDeclaration[] = [];
    const queue = [owner];
    while (queue.length > 0) {
      for (const classDecl of index.get(queue.pop()!) ?? []) {
        result.push(classDecl);
        const symbol = classDecl.name ? this.checker.getSymbolAtLocation(classDecl.name) : undefined;
        if (symbol && !seen.has(symbol)) {
          seen.add(symbol);
          queue.push(symbol);
        }
      }
    }
    return result;
  }

  private buildImplementationIndex(): Map<ts.Symbol, ts.ClassLikeDeclaration[]> {
    const index = new Map<ts.Symbol, ts.ClassLikeDeclaration[]>();
    for (const classDecl of this.projectClasses()) {
      for (const clause of classDecl.heritageClauses ?? []) {
        for (const heritage of clause.types) {
          let symbol = this.checker.getSymbolAtLocation(heritage.expression);
          if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
          if (!symbol) continue;
          const list = index.get(symbol) ?? [];
          list.push(classDecl);
          index.set(symbol, list);
        }
      }
    }
    return index;
  }

  private inProject(node: ts.Node): boolean {
    return this.isProjectFile(node.getSourceFile());
  }
}

/** `const handler = makeHandler()`: calling `handler` runs a function the checker finds through the signature. */
function isClosureHolder(symbol: ts.Symbol): boolean {
  const declaration = symbol.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration)) return false;
  let initializer = skipOuterExpressions(declaration.initializer);
  if (initializer && ts.isAwaitExpression(initializer)) initializer = skipOuterExpressions(initializer.expression);
  return initializer !== undefined && (ts.isCallExpression(initializer) || ts.isConditionalExpression(initializer));
}

export function skipOuterExpressions(node: ts.Expression | undefined): ts.Expression | undefined {
  while (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node))) {
    node = node.expression;
  }
  return node;
}
