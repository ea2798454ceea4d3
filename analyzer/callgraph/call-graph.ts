import ts from '../typescript.cjs';
import { CalleeResolver } from './resolve-callee.js';
import { ResolutionCache, type FileGraph } from '../incremental/resolution-cache.js';
import type { FileIndex } from './file-index.js';
import type { FunctionNode } from './function-node.js';
import { noteCheckerFault } from '../program/checker-faults.js';

export type CallEdgeKind = 'call' | 'callback';

export interface CallEdge {
  caller: FunctionNode;
  callee: FunctionNode;
  kind: CallEdgeKind;
  /** The call or `new` expression; for a callback passed on, the call it is passed to. */
  call: ts.CallExpression | ts.NewExpression;
  /** The values that cross: the call's arguments, or the callback reference itself. */
  args: readonly ts.Expression[];
  /** The expression a finding about the whole edge is located at. */
  site: ts.Node;
}

export interface CallGraph {
  functions: FunctionNode[];
  functionOf(decl: ts.Node): FunctionNode | undefined;
  moduleOf(sourceFile: ts.SourceFile): FunctionNode;
  edges: CallEdge[];
  /** Every call and `new` in the project files, resolved or not, with the function it is in. */
  callSites: ReadonlyArray<{ caller: FunctionNode; call: ts.CallExpression | ts.NewExpression }>;
  outgoing(fn: FunctionNode): readonly CallEdge[];
  incoming(fn: FunctionNode): readonly CallEdge[];
  /** The interface or abstract member a call was dispatched through, when it was. */
  dispatchedThrough(call: ts.CallExpression | ts.NewExpression): ts.Declaration | undefined;
  /** The function whose body lexically contains `node`. */
  enclosingFunction(node: ts.Node): FunctionNode;
}

/** Every function of the project files, and every call between them the type checker can resolve. */
export function buildCallGraph(program: ts.Program, files: readonly ts.SourceFile[], cache: ResolutionCache = new ResolutionCache()): CallGraph {
  const checker = program.getTypeChecker();
  const projectFiles = new Set(files);
  const functions: FunctionNode[] = [];
  const byDecl = new Map<ts.Node, FunctionNode>();
  const classes: ts.ClassLikeDeclaration[] = [];
  const calls: Array<{ caller: FunctionNode; call: ts.CallExpression | ts.NewExpression }> = [];

  // Names that can denote a project function: a call or reference by any other name (console.log,
  // items.map) cannot run project code, and is not worth a question to the checker.
  const callableNames: CallableNames = { callees: new Set(), references: new Set() };
  const fileGraphs: FileGraph[] = [];
  for (const sourceFile of files) {
    const index = cache.indexOf(sourceFile);
    const graph = cache.graphOf(sourceFile) ?? fileGraph(sourceFile, index, cache);
    fileGraphs.push(graph);
    for (const fn of graph.functions) {
      functions.push(fn);
      byDecl.set(fn.decl, fn);
    }
    classes.push(...index.classes);
    for (const call of graph.calls) calls.push(call);
    for (const name of index.callees) callableNames.callees.add(name);
    for (const name of index.references) callableNames.references.add(name);
  }

  const resolver = new CalleeResolver(checker, (sf) => projectFiles.has(sf), () => classes);
  const edges: CallEdge[] = [];
  const dispatched = new Map<ts.Node, ts.Declaration>();

  /** The edges of one file's calls, from the checker's answers (asked on first use). */
  const fileEdges = (sourceFile: ts.SourceFile, fileCalls: FileGraph['calls']): NonNullable<FileGraph['edges']> => {
    cache.edgeFiles++;
    const all: CallEdge[] = [];
    const outgoing = new Map<FunctionNode, CallEdge[]>();
    const fileDispatched = new Map<ts.Node, ts.Declaration>();
    const addEdge = (edge: CallEdge) => {
      all.push(edge);
      push(outgoing, edge.caller, edge);
    };
    const entries = cache.entriesOf(sourceFile);
    for (const { caller, call } of fileCalls) {
      const resolution = cache.entryIn(entries, call);
      const args = call.arguments ?? [];
      if (!resolution.targets && !mayNameProjectFunction(call.expression, callableNames.callees)) resolution.targets = [];
      if (!resolution.targets) {
        cache.asked(sourceFile);
        resolution.targets = safely(checker, call, () => resolver.resolveCall(call));
        resolution.dispatched = resolver.dispatched.get(call);
      }
      if (resolution.dispatched) fileDispatched.set(call, resolution.dispatched);
      for (const target of resolution.targets) {
        const callee = byDecl.get(target);
        if (callee) addEdge({ caller, callee, kind: 'call', call, args, site: call });
      }
      for (const arg of args) {
        // An inline function runs as part of its caller's work; a named one handed over is a crossing to it.
        const inline = byDecl.get(arg);
        if (inline) {
          addEdge({ caller, callee: inline, kind: 'callback', call, args: [], site: arg });
          continue;
        }
        resolution.references ??= new Map();
        let references = resolution.references.get(arg);
        if (!references) {
          references = [];
          if (mayNameProjectFunction(arg, callableNames.references)) {
            cache.asked(sourceFile);
            references = safely(checker, arg, () => resolver.resolveReference(arg));
          }
          resolution.references.set(arg, references);
        }
        for (const target of references) {
          const callee = byDecl.get(target);
          if (callee && callee !== caller) addEdge({ caller, callee, kind: 'callback', call, args: [arg], site: arg });
        }
      }
    }
    return { all, outgoing, dispatched: fileDispatched };
  };

  files.forEach((sourceFile, i) => {
    const graph = fileGraphs[i]!;
    graph.edges ??= fileEdges(sourceFile, graph.calls);
    cache.keepGraph(sourceFile, graph);
    for (const edge of graph.edges.all) edges.push(edge);
    for (const [call, member] of graph.edges.dispatched) dispatched.set(call, member);
  });
  const graphOfFile = new Map(files.map((sourceFile, i) => [sourceFile, fileGraphs[i]!]));

  // Who calls a function is asked by few checks: gathered on first use.
  let incoming: Map<FunctionNode, CallEdge[]> | undefined;
  const incomingOf = (fn: FunctionNode): readonly CallEdge[] => {
    if (!incoming) {
      incoming = new Map();
      for (const edge of edges) push(incoming, edge.callee, edge);
    }
    return incoming.get(fn) ?? [];
  };

  return {
    functions,
    functionOf: (decl) => byDecl.get(decl),
    moduleOf: (sourceFile) => byDecl.get(sourceFile)!,
    edges,
    callSites: calls,
    dispatchedThrough: (call) => dispatched.get(call),
    outgoing: (fn) => graphOfFile.get(fn.sourceFile)?.edges?.outgoing.get(fn) ?? [],
    incoming: incomingOf,
    enclosingFunction(node) {
      for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
        const fn = byDecl.get(current);
        if (fn) return fn;
      }
      return byDecl.get(node.getSourceFile())!;
    },
  };
}

/** The FunctionNodes of one file (its module node first) and its calls, from its syntax index. */
function fileGraph(sourceFile: ts.SourceFile, index: FileIndex, cache: ResolutionCache): FileGraph {
  const functions: FunctionNode[] = [{ index: cache.nextFunctionIndex++, decl: sourceFile, sourceFile, parent: undefined, name: '<module>', named: true }];
  for (const { decl, parent, ...naming } of index.functions) {
    functions.push({ index: cache.nextFunctionIndex++, decl, sourceFile, parent: functions[parent + 1], ...naming });
  }
  return { functions, calls: index.calls.map(({ caller, call }) => ({ caller: functions[caller + 1]!, call })) };
}

interface CallableNames {
  callees: Set<string>;
  references: Set<string>;
}

/** Whether a callee or argument could name a project function; anything else (a call result, `a[i]`) is always resolved. */
function mayNameProjectFunction(expression: ts.Expression, names: ReadonlySet<string>): boolean {
  let inner: ts.Expression = expression;
  while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  if (ts.isIdentifier(inner)) return names.has(inner.text);
  if (ts.isPropertyAccessExpression(inner)) return names.has(inner.name.text);
  return ts.isCallExpression(inner) || ts.isElementAccessExpression(inner) || ts.isFunctionLike(inner);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The checker can throw on pathological input (deeply recursive types); one call site must not end the analysis. */
function safely<T>(checker: ts.TypeChecker, node: ts.Node, resolve: () => readonly T[]): readonly T[] {
  try {
    return resolve();
  } catch (error) {
    noteCheckerFault(checker, error, node);
    return [];
  }
}
