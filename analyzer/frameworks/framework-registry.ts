import ts from '../typescript.cjs';
import type { CallGraph } from '../callgraph/call-graph.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import type { Component } from '../components/component.js';
import type { ComponentRegistry } from '../components/component-registry.js';
import type { AdapterContext, FrameworkAdapter, FrameworkCall, FrameworkEdge, ModelCallSpec } from './framework-adapter.js';
import { packageOf, resolvedDeclaration, type ResolvedDeclaration } from './resolved-declaration.js';
import { declaredNames, mayNamePackageMember } from './package-names.js';
import type { FileGraph, ResolutionCache } from '../incremental/resolution-cache.js';
import { noteCheckerFault } from '../program/checker-faults.js';
import { isMachineryType } from '../types/machinery.js';
import type { DiagnosticInfo } from '../model.js';
import { relativePath } from '../program/project-files.js';

/** How many `const x = y` steps `componentOf` and `functionOf` follow. */
const MAX_ALIAS_DEPTH = 16;

/** What the framework adapters found: components, edges, entries, model calls and contexts. */
export class FrameworkRegistry implements AdapterContext {
  readonly edges: FrameworkEdge[] = [];
  readonly entries = new Set<Component>();
  readonly modelCalls: ModelCallSpec[] = [];
  private readonly contextParameters = new Map<FunctionNode, Set<number>>();
  private readonly contextTypes = new Set<string>();
  private resolved?: FrameworkCall[];
  /** Packages whose declarations the program loads (known after `run`). */
  readonly loadedPackages = new Set<string>();
  /** The declaration files of those packages (known after `run`). */
  private readonly packageFiles: ts.SourceFile[] = [];

  constructor(
    readonly checker: ts.TypeChecker,
    readonly graph: CallGraph,
    readonly files: readonly ts.SourceFile[],
    private readonly components: ComponentRegistry,
    private readonly cache: ResolutionCache,
    private readonly diagnostics: DiagnosticInfo[] = [],
    private readonly rootDir = '.',
  ) {}

  /** Every call into a package's declarations: asked of the checker only when an adapter runs (its package is loaded). */
  private get resolvedCalls(): FrameworkCall[] {
    if (this.resolved) return this.resolved;
    const previous = this.cache.previousPackages;
    // A file's calls kept from the previous program hold while the program loads the same package files.
    const samePackages = previous !== undefined && sameFiles(previous.files, this.packageFiles);
    const names = samePackages ? previous.names : declaredNames(this.packageFiles);
    if (this.cache.keepsForNext) this.cache.packages = { files: this.packageFiles, names };
    this.resolved = [];
    for (const sourceFile of this.files) {
      // buildCallGraph keeps every project file's part of the graph in the cache.
      const graph = this.cache.graphOf(sourceFile)!;
      let calls = samePackages ? graph.frameworkCalls : undefined;
      if (!calls) {
        calls = this.callsOfFile(sourceFile, graph.calls, names);
        if (this.cache.keepsForNext) graph.frameworkCalls = calls;
      }
      for (const call of calls) this.resolved.push(call);
    }
    return this.resolved;
  }

  private callsOfFile(sourceFile: ts.SourceFile, calls: FileGraph['calls'], names: ReadonlySet<string>): FrameworkCall[] {
    const found: FrameworkCall[] = [];
    const entries = this.cache.entriesOf(sourceFile);
    for (const { caller, call } of calls) {
      const resolution = this.cache.entryIn(entries, call);
      if (resolution.framework === undefined) {
        // Not kept: the next program may load a package that declares the name.
        if (!mayNamePackageMember(call.expression, names)) continue;
        const resolved = this.resolve(call.expression);
        // Only package declarations are kept: they never change between programs.
        resolution.framework = resolved?.packageName ? resolved : null;
      }
      const resolved = resolution.framework;
      if (resolved?.packageName) found.push({ caller, call, resolved });
    }
    return found;
  }

  /** Runs the adapters whose packages the program loads. */
  run(adapters: readonly FrameworkAdapter[], program: ts.Program): void {
    for (const sourceFile of program.getSourceFiles()) {
      const name = packageOf(sourceFile.fileName);
      if (!name || program.isSourceFileDefaultLibrary(sourceFile)) continue;
      this.loadedPackages.add(name);
      this.packageFiles.push(sourceFile);
    }
    for (const adapter of adapters) {
      if (adapter.packages.some((p) => this.loadedPackages.has(p))) adapter.analyze(this);
    }
  }

  resolve(expression: ts.Expression): ResolvedDeclaration | undefined {
    return resolvedDeclaration(this.checker, expression);
  }

  callsInto(packages: readonly string[] | ((packageName: string) => boolean)): FrameworkCall[] {
    const wanted = typeof packages === 'function' ? packages : (name: string) => packages.includes(name);
    return this.resolvedCalls.filter((c) => c.resolved.packageName !== undefined && wanted(c.resolved.packageName));
  }

  functionOf(expression: ts.Expression | undefined, depth = 0): FunctionNode | undefined {
    const inner = skipOuterExpressions(expression);
    if (!inner || depth > MAX_ALIAS_DEPTH) return undefined;
    const direct = this.graph.functionOf(inner);
    if (direct) return direct;
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
    const declaration = this.declarationOf(inner);
    if (!declaration) return undefined;
    if (ts.isVariableDeclaration(declaration)) return this.functionOf(declaration.initializer, depth + 1);
    return this.graph.functionOf(declaration);
  }

  addComponent(spec: Parameters<AdapterContext['addComponent']>[0]): Component {
    return this.components.add({ kind: spec.kind, name: spec.name, framework: spec.framework, tier: null, node: spec.node, entry: spec.entry });
  }

  componentOf(expression: ts.Expression | undefined, depth = 0): Component | undefined {
    const inner = skipOuterExpressions(expression);
    // `const a = b; const b = a;` is bad code, but must not recurse forever.
    if (!inner || depth > MAX_ALIAS_DEPTH) return undefined;
    const direct = this.components.componentOfNode(inner);
    if (direct) return direct;
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
    const declaration = this.declarationOf(inner);
    if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration))) return this.componentOf(declaration.initializer, depth + 1);
    return undefined;
  }

  addEdge(edge: FrameworkEdge): void {
    this.edges.push(edge);
  }

  addEntry(component: Component): void {
    this.entries.add(component);
  }

  addModelCall(spec: ModelCallSpec): void {
    this.modelCalls.push(spec);
  }

  addDiagnostic(node: ts.Node, severity: 'warning' | 'info', message: string): void {
    const sourceFile = node.getSourceFile();
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    this.diagnostics.push({ severity, file: relativePath(this.rootDir, sourceFile.fileName), line, message });
  }

  markContextParameter(fn: FunctionNode, index: number): void {
    const set = this.contextParameters.get(fn) ?? new Set<number>();
    set.add(index);
    this.contextParameters.set(fn, set);
  }

  addContextType(packageName: string, typeName: string): void {
    this.contextTypes.add(`${packageName}:${typeName}`);
  }

  /** A framework context: a registered framework type, or a parameter marked as receiving one. */
  isFrameworkContext(expression: ts.Expression, type: ts.Type | undefined): boolean {
    const registered = this.registeredTypeName(type);
    if (registered && this.contextTypes.has(registered)) return true;
    const inner = skipOuterExpressions(expression);
    // A registered property of a framework type holds the user's whole context (`runContext.context`).
    if (inner && ts.isPropertyAccessExpression(inner)) {
      const holder = this.registeredTypeName(this.typeAt(inner.expression));
      if (holder && this.contextTypes.has(`${holder}.${inner.name.text}`)) return true;
    }
    if (!inner || !ts.isIdentifier(inner)) return false;
    const parameter = this.declarationOf(inner);
    if (!parameter || !ts.isParameter(parameter)) return false;
    const fn = this.graph.functionOf(parameter.parent);
    return fn !== undefined && (this.contextParameters.get(fn)?.has(parameter.parent.parameters.indexOf(parameter)) ?? false);
  }

  /** A model, client, compiled graph, tool or agent: machinery, not data; framework contexts are not machinery. */
  isMachinery(type: ts.Type | undefined): boolean {
    const registered = this.registeredTypeName(type);
    if (registered && this.contextTypes.has(registered)) return false;
    return isMachineryType(this.checker, type);
  }

  /** `package:TypeName` of a type declared in a package, optional (`| undefined`) or not. */
  private registeredTypeName(type: ts.Type | undefined): string | undefined {
    const nonNullable = type ? this.checker.getNonNullableType(type) : undefined;
    const symbol = nonNullable?.aliasSymbol ?? nonNullable?.getSymbol();
    const declaration = symbol?.declarations?.[0];
    const name = declaration ? packageOf(declaration.getSourceFile().fileName) : undefined;
    return symbol && name ? `${name}:${symbol.name}` : undefined;
  }

  private typeAt(expression: ts.Expression): ts.Type | undefined {
    try {
      return this.checker.getTypeAtLocation(expression);
    } catch (error) {
      noteCheckerFault(this.checker, error, expression);
      return undefined;
    }
  }

  private declarationOf(expression: ts.Expression): ts.Declaration | undefined {
    const target = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    try {
      let symbol = this.checker.getSymbolAtLocation(target);
      // `{ researcher }` declares a property whose value is the variable `researcher`: follow it to that variable.
      const shorthand = symbol?.valueDeclaration;
      if (shorthand && ts.isShorthandPropertyAssignment(shorthand)) symbol = this.checker.getShorthandAssignmentValueSymbol(shorthand);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    } catch (error) {
      noteCheckerFault(this.checker, error, target);
      return undefined;
    }
  }
}

function sameFiles(a: readonly ts.SourceFile[], b: readonly ts.SourceFile[]): boolean {
  return a.length === b.length && a.every((file, i) => file === b[i]);
}
