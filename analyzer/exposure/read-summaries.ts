import ts from '../typescript.cjs';
import { calleesOfCall, type CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';

/** What a function reads of one parameter: access paths (`user.email`), or everything. */
export interface ParameterReads {
  all: boolean;
  paths: Set<string>;
}

interface DirectReads extends ParameterReads {
  /** The parameter handed on whole as argument `index` of a call: it reads what the callee reads (everything, when unresolved). */
  passes: Array<{ call: ts.CallExpression | ts.NewExpression; index: number }>;
}

/**
 * What each function reads directly depends on its own text alone: kept per SourceFile, so a
 * program that reuses the SourceFile (the next one, after an edit elsewhere) reuses them too.
 */
const directReadsByFile = new WeakMap<ts.SourceFile, Map<ts.Node, DirectReads[]>>();

/**
 * Receiver read summaries: for each function and parameter, the access paths it reads,
 * including through the functions it hands the value on to. Computed on demand, bottom-up,
 * with cycles iterated to a fixed point.
 */
export class ReadSummaries {
  private readonly direct = new Map<FunctionNode, DirectReads[]>();
  private readonly final = new Map<string, ParameterReads>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly graph: CallGraph,
  ) {}

  /** What `fn` (and everything it hands the value to) reads of its parameter at `index`. */
  readsOf(fn: FunctionNode, index: number): ParameterReads {
    const key = `${fn.index}:${index}`;
    const cached = this.final.get(key);
    if (cached) return cached;
    const result = this.solve(fn, index);
    return result;
  }

  /** The top-level property names read, or undefined when the whole value is read. */
  topLevelReads(fn: FunctionNode, index: number): Set<string> | undefined {
    const reads = this.readsOf(fn, index);
    if (reads.all) return undefined;
    return new Set([...reads.paths].map((p) => p.split('.')[0]!));
  }

  private solve(root: FunctionNode, rootIndex: number): ParameterReads {
    // Collect the strongly connected part reachable through `passes`, then iterate to a fixed point.
    const nodes: Array<{ fn: FunctionNode; index: number }> = [];
    const seen = new Set<string>();
    const stack = [{ fn: root, index: rootIndex }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      const key = `${item.fn.index}:${item.index}`;
      if (seen.has(key) || this.final.has(key)) continue;
      seen.add(key);
      nodes.push(item);
      for (const pass of this.passesOf(item.fn, item.index)) if (pass.callee) stack.push({ fn: pass.callee, index: pass.index });
    }
    const working = new Map<string, ParameterReads>();
    for (const { fn, index } of nodes) {
      const direct = this.directReads(fn)[index];
      const unresolvedPass = this.passesOf(fn, index).some((pass) => pass.callee === undefined);
      working.set(`${fn.index}:${index}`, { all: (direct?.all ?? false) || unresolvedPass, paths: new Set(direct?.paths ?? []) });
    }
    const lookup = (fn: FunctionNode, index: number) => this.final.get(`${fn.index}:${index}`) ?? working.get(`${fn.index}:${index}`);
    let changed = true;
    while (changed) {
      changed = false;
      for (const { fn, index } of nodes) {
        const target = working.get(`${fn.index}:${index}`)!;
        for (const pass of this.passesOf(fn, index)) {
          if (!pass.callee) continue;
          const source = lookup(pass.callee, pass.index);
          if (!source) continue;
          if (source.all && !target.all) {
            target.all = true;
            changed = true;
          }
          for (const path of source.paths) {
            if (!target.paths.has(path)) {
              target.paths.add(path);
              changed = true;
            }
          }
        }
      }
    }
    for (const [key, value] of working) this.final.set(key, value);
    return this.final.get(`${root.index}:${rootIndex}`) ?? { all: true, paths: new Set() };
  }

  /** The functions a parameter is handed on to, through this program's call graph; `callee` undefined for an unresolved call. */
  private passesOf(fn: FunctionNode, index: number): Array<{ callee?: FunctionNode; index: number }> {
    const passes: Array<{ callee?: FunctionNode; index: number }> = [];
    for (const pass of this.directReads(fn)[index]?.passes ?? []) {
      const callees = calleesOfCall(this.graph, pass.call);
      if (callees.length === 0) passes.push({ index: pass.index });
      for (const callee of callees) passes.push({ callee, index: pass.index });
    }
    return passes;
  }

  private directReads(fn: FunctionNode): DirectReads[] {
    let reads = this.direct.get(fn);
    if (!reads) {
      let byDecl = directReadsByFile.get(fn.sourceFile);
      if (!byDecl) directReadsByFile.set(fn.sourceFile, (byDecl = new Map()));
      reads = byDecl.get(fn.decl);
      if (!reads) {
        const decl = fn.decl;
        reads = ts.isSourceFile(decl) ? [] : this.readsOfParameters(decl);
        byDecl.set(fn.decl, reads);
      }
      this.direct.set(fn, reads);
    }
    return reads;
  }

  /** What the body reads of each parameter, in one walk of it. */
  private readsOfParameters(decl: ts.SignatureDeclaration): DirectReads[] {
    const reads = decl.parameters.map((): DirectReads => ({ all: false, paths: new Set(), passes: [] }));
    // A parameter named by an identifier is followed by its symbol; a pattern is read off the pattern.
    const followed = new Map<string, { symbol: ts.Symbol; reads: DirectReads; name: ts.Identifier }>();
    decl.parameters.forEach((parameter, index) => {
      if (!ts.isIdentifier(parameter.name)) return addPatternReads(parameter.name, '', reads[index]!);
      const symbol = this.checker.getSymbolAtLocation(parameter.name);
      if (symbol) followed.set(parameter.name.text, { symbol, reads: reads[index]!, name: parameter.name });
    });
    const body = (decl as ts.FunctionLikeDeclaration).body;
    if (followed.size === 0 || !body) return reads;
    let open = followed.size;
    const visit = (node: ts.Node): void => {
      if (open === 0) return;
      const parameter = ts.isIdentifier(node) ? followed.get(node.text) : undefined;
      if (parameter && !parameter.reads.all && node !== parameter.name && this.checker.getSymbolAtLocation(node) === parameter.symbol) {
        this.recordUse(node as ts.Identifier, parameter.reads);
        if (parameter.reads.all) open--;
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    return reads;
  }

  private recordUse(identifier: ts.Identifier, reads: DirectReads): void {
    const path: string[] = [];
    let current: ts.Expression = identifier;
    for (;;) {
      const parent = current.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === current) {
        path.push(parent.name.text);
        current = parent;
      } else if (ts.isElementAccessExpression(parent) && parent.expression === current && ts.isStringLiteralLike(parent.argumentExpression)) {
        path.push(parent.argumentExpression.text);
        current = parent;
      } else if (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent)) {
        current = parent;
      } else break;
    }
    const parent = current.parent;
    // A method called on the value (`task.items.map(…)`) reads the object it is called on.
    if (path.length > 0 && ts.isCallExpression(parent) && parent.expression === current) path.pop();
    if (path.length > 0) {
      reads.paths.add(path.join('.'));
      return;
    }
    if (path.length === 0 && current !== identifier && ts.isCallExpression(parent)) {
      reads.all = true;
      return;
    }
    this.recordWholeUse(current, reads);
  }

  /** The whole value is used: destructured, handed on, tested, or (otherwise) read in full. */
  private recordWholeUse(expression: ts.Expression, reads: DirectReads): void {
    const parent = expression.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === expression && ts.isObjectBindingPattern(parent.name)) {
      addPatternReads(parent.name, '', reads);
      return;
    }
    if (ts.isIfStatement(parent) || ts.isPrefixUnaryExpression(parent) || ts.isTypeOfExpression(parent)) return;
    if (ts.isBinaryExpression(parent) && isComparison(parent.operatorToken.kind)) return;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(expression)) {
      if (parent.arguments.some((a) => ts.isSpreadElement(a))) {
        reads.all = true;
        return;
      }
      reads.passes.push({ call: parent, index: parent.arguments.indexOf(expression) });
      return;
    }
    reads.all = true;
  }
}

function addPatternReads(pattern: ts.BindingPattern, prefix: string, reads: DirectReads): void {
  if (ts.isArrayBindingPattern(pattern)) {
    reads.all = true;
    return;
  }
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) {
      reads.all = true;
      return;
    }
    const key = element.propertyName ?? element.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    if (name === undefined) {
      reads.all = true;
      return;
    }
    if (ts.isObjectBindingPattern(element.name)) addPatternReads(element.name, `${prefix}${name}.`, reads);
    else reads.paths.add(`${prefix}${name}`);
  }
}

function isComparison(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken ||
    kind === ts.SyntaxKind.AmpersandAmpersandToken ||
    kind === ts.SyntaxKind.BarBarToken ||
    kind === ts.SyntaxKind.QuestionQuestionToken
  );
}

