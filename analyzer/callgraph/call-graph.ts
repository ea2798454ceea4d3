import ts from '../typescript.cjs';
import { CalleeResolver } from './resolve-callee.js';
import { ResolutionCache, type FileGraph } from '../incremental/resolution-cache.js';
import type { FileIndex } from './file-index.js';
import type { FunctionDeclarationLike, FunctionNode } from './function-node.js';
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

/**
 * One call or `new` out of a function, or one callback handed over in it, with every project
 * function it can run. A call dispatched through an interface runs every implementation: its
 * `callees` is the same array for every call through that member, so that the graph grows with
 * the calls, not with calls × implementations.
 */
export interface CallOut {
  caller: FunctionNode;
  kind: CallEdgeKind;
  call: ts.CallExpression | ts.NewExpression;
  args: readonly ts.Expression[];
  site: ts.Node;
  callees: readonly FunctionNode[];
  /** For a call dispatched through an interface or abstract member: that member. */
  dispatched?: ts.Declaration;
}

export interface CallGraph {
  /** The project files the graph was built from, in order; each file's functions are contiguous in `functions`. */
  files: readonly ts.SourceFile[];
  functions: FunctionNode[];
  /** Whether the file is one of the graph's: a node of a previous program is one of this graph's exactly when its file is. */
  hasFile(sourceFile: ts.SourceFile): boolean;
  /** One file's functions, its module node first: the same array in the next program while the file is unchanged. */
  functionsIn(sourceFile: ts.SourceFile): readonly FunctionNode[];
  functionOf(decl: ts.Node): FunctionNode | undefined;
  moduleOf(sourceFile: ts.SourceFile): FunctionNode;
  /** Every edge of the program, one per callee of each call: made on each use (the checks walk `allCalls` or `callsFrom`). */
  edges(): CallEdge[];
  /** Every call and callback handed over, in the program's call order (by file, then by position). */
  allCalls(): readonly CallOut[];
  /** The edges out of a function, in source order: made from `callsFrom` on each use. */
  outgoing(fn: FunctionNode): readonly CallEdge[];
  /** The edges into a function, in the program's call order. */
  incoming(fn: FunctionNode): readonly CallEdge[];
  /** The calls and callbacks that can run a function, in the program's call order (once per edge into it): `incoming` without making edges. */
  incomingCalls(fn: FunctionNode): readonly CallOut[];
  /** The calls and callbacks out of a function, in source order. */
  callsFrom(fn: FunctionNode): readonly CallOut[];
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
  const classes: ts.ClassLikeDeclaration[] = [];

  // Names that can denote a project function: a call or reference by any other name (console.log,
  // items.map) cannot run project code, and is not worth a question to the checker.
  // Kept from the previous program when only bodies were edited: the names of the files indexed
  // anew are added. A name no longer declared may stay; it only costs a question to the checker.
  const kept = cache.callableNames;
  const callableNames: CallableNames = kept ?? { callees: new Set(), references: new Set() };
  if (cache.keepsForNext) cache.callableNames = callableNames;
  const fileGraphs: FileGraph[] = [];
  for (const sourceFile of files) {
    const indexedBefore = cache.indexedFiles;
    const index = cache.indexOf(sourceFile);
    const graph = cache.graphOf(sourceFile) ?? fileGraph(sourceFile, index, cache);
    fileGraphs.push(graph);
    for (const fn of graph.functions) functions.push(fn);
    classes.push(...index.classes);
    if (kept && cache.indexedFiles === indexedBefore) continue;
    for (const name of index.callees) callableNames.callees.add(name);
    for (const name of index.references) callableNames.references.add(name);
  }

  const graphOfFile = new Map(files.map((sourceFile, i) => [sourceFile, fileGraphs[i]!]));
  // Per file, so that an edit rebuilds only the edited file's index.
  const functionOf = (decl: ts.Node): FunctionNode | undefined => graphOfFile.get(decl.getSourceFile())?.byDecl.get(decl);
  const resolver = new CalleeResolver(checker, (sf) => projectFiles.has(sf), () => classes);
  // The callees of every call through one member are one array, as the resolver's targets are.
  const calleesOfTargets = new WeakMap<readonly ts.Node[], readonly FunctionNode[]>();
  const calleesOf = (targets: readonly ts.Node[]): readonly FunctionNode[] => {
    let callees = calleesOfTargets.get(targets);
    if (!callees) {
      callees = targets.flatMap((target) => functionOf(target) ?? []);
      calleesOfTargets.set(targets, callees);
    }
    return callees;
  };

  /** The calls out of one file's functions, from the checker's answers (asked on first use). */
  const fileEdges = (sourceFile: ts.SourceFile, { calls: fileCalls, byDecl }: FileGraph): NonNullable<FileGraph['edges']> => {
    cache.edgeFiles++;
    const all: CallOut[] = [];
    const outgoing = new Map<FunctionNode, CallOut[]>();
    const fileDispatched = new Map<ts.Node, ts.Declaration>();
    const add = (out: CallOut) => {
      all.push(out);
      push(outgoing, out.caller, out);
    };
    const entries = cache.entriesOf(sourceFile);
    for (const { caller, call } of fileCalls) {
      const resolution = cache.entryIn(entries, call);
      const args = call.arguments ?? [];
      if (!resolution.targets && !mayNameProjectFunction(call.expression, callableNames.callees)) resolution.targets = NONE;
      if (!resolution.targets) {
        cache.asked(sourceFile);
        resolution.targets = safely(checker, call, () => resolver.resolveCall(call));
        resolution.dispatched = resolver.dispatched.get(call);
        cache.noteNamed(entries, resolution.targets);
        if (resolution.dispatched) cache.noteNamed(entries, [resolution.dispatched]);
      }
      const { dispatched } = resolution;
      if (dispatched) fileDispatched.set(call, dispatched);
      const callees = calleesOf(resolution.targets);
      if (callees.length > 0) add({ caller, kind: 'call', call, args, site: call, callees, ...(dispatched && { dispatched }) });
      for (const arg of args) {
        // An inline function runs as part of its caller's work; a named one handed over is a crossing to it.
        const inline = byDecl.get(arg);
        if (inline) {
          add({ caller, kind: 'callback', call, args: [], site: arg, callees: [inline] });
          continue;
        }
        let references = resolution.references?.get(arg);
        if (!references) {
          // Only the checker's answers are kept: which names can denote a project function is asked again in the next program.
          if (!mayNameProjectFunction(arg, callableNames.references)) continue;
          cache.asked(sourceFile);
          references = safely(checker, arg, () => resolver.resolveReference(arg));
          (resolution.references ??= new Map()).set(arg, references);
          cache.noteNamed(entries, references);
        }
        const handedOver = calleesOf(references).filter((callee) => callee !== caller);
        if (handedOver.length > 0) add({ caller, kind: 'callback', call, args: [arg], site: arg, callees: handedOver });
      }
    }
    return { all, outgoing, dispatched: fileDispatched };
  };

  files.forEach((sourceFile, i) => {
    const graph = fileGraphs[i]!;
    graph.edges ??= fileEdges(sourceFile, graph);
    cache.keepGraph(sourceFile, graph);
  });
  const allCalls = () => files.flatMap((sourceFile) => graphOfFile.get(sourceFile)!.edges!.all);
  const callsFrom = (fn: FunctionNode): readonly CallOut[] => graphOfFile.get(fn.sourceFile)?.edges?.outgoing.get(fn) ?? [];

  // Who calls a function is asked by few checks: indexed on first use, by callee array, so that a
  // call through an interface is one entry however many implementations it runs.
  let incoming: IncomingIndex | undefined;
  const incomingCalls = (fn: FunctionNode): readonly CallOut[] => {
    incoming ??= new IncomingIndex(allCalls());
    return incoming.callsInto(fn);
  };

  return {
    files,
    functions,
    hasFile: (sourceFile) => graphOfFile.has(sourceFile),
    functionsIn: (sourceFile) => graphOfFile.get(sourceFile)?.functions ?? [],
    functionOf,
    moduleOf: (sourceFile) => graphOfFile.get(sourceFile)!.functions[0]!,
    edges: () => allCalls().flatMap(edgesOfCall),
    allCalls,
    dispatchedThrough: (call) => graphOfFile.get(call.getSourceFile())?.edges?.dispatched.get(call),
    outgoing: (fn) => callsFrom(fn).flatMap(edgesOfCall),
    incoming: (fn) => incomingCalls(fn).map((out) => edgeOf(out, fn)),
    incomingCalls,
    callsFrom,
    enclosingFunction(node) {
      const sourceFile = node.getSourceFile();
      const byDecl = graphOfFile.get(sourceFile)?.byDecl;
      for (let current: ts.Node | undefined = node.parent; byDecl && current; current = current.parent) {
        const fn = byDecl.get(current);
        if (fn) return fn;
      }
      return byDecl?.get(sourceFile) as FunctionNode;
    },
  };
}

/**
 * Which shared callee lists a walk has been through, and from where (a tier, a component): every
 * call through one interface member shares its list of implementations, and a list walked once
 * from somewhere has nothing more to give from there. A list of one is not worth noting.
 */
export class CalleeListWalks {
  private readonly walked = new Map<readonly FunctionNode[], Set<string>>();

  /** True the first time `callees` is walked from `from`, and always for a list of one. */
  first(callees: readonly FunctionNode[], from = ''): boolean {
    if (callees.length < 2) return true;
    let froms = this.walked.get(callees);
    if (!froms) this.walked.set(callees, (froms = new Set()));
    if (froms.has(from)) return false;
    froms.add(from);
    return true;
  }
}

/** The project functions one call runs (none when it resolves to none). */
export function calleesOfCall(graph: CallGraph, call: ts.CallExpression | ts.NewExpression): readonly FunctionNode[] {
  return graph.callsFrom(graph.enclosingFunction(call)).find((out) => out.kind === 'call' && out.call === call)?.callees ?? [];
}

function edgeOf(out: CallOut, callee: FunctionNode): CallEdge {
  return { caller: out.caller, callee, kind: out.kind, call: out.call, args: out.args, site: out.site };
}

function edgesOfCall(out: CallOut): CallEdge[] {
  return out.callees.map((callee) => edgeOf(out, callee));
}

/**
 * Who calls a function: per callee array, the calls that run it, and per function, the callee
 * arrays it is in (twice if it is in one twice, as its edges were). Most arrays are run by one
 * call and most functions are in one array: those are noted alone, not in a list of one.
 */
class IncomingIndex {
  private readonly firstCall = new Map<readonly FunctionNode[], CallOut>();
  private readonly allCallsOf = new Map<readonly FunctionNode[], CallOut[]>();
  private readonly firstArray = new Map<FunctionNode, readonly FunctionNode[]>();
  private readonly moreArrays = new Map<FunctionNode, Array<readonly FunctionNode[]>>();
  private order?: Map<CallOut, number>;

  constructor(private readonly calls: readonly CallOut[]) {
    for (const out of calls) {
      const first = this.firstCall.get(out.callees);
      if (first) {
        const all = this.allCallsOf.get(out.callees);
        if (all) all.push(out);
        else this.allCallsOf.set(out.callees, [first, out]);
        continue;
      }
      this.firstCall.set(out.callees, out);
      for (const callee of out.callees) {
        if (!this.firstArray.has(callee)) this.firstArray.set(callee, out.callees);
        else push(this.moreArrays, callee, out.callees);
      }
    }
  }

  /** The calls that can run `fn`, in the program's call order (once per edge into it). */
  callsInto(fn: FunctionNode): readonly CallOut[] {
    const first = this.firstArray.get(fn);
    if (!first) return [];
    const more = this.moreArrays.get(fn);
    if (!more) return this.callsOf(first);
    this.order ??= new Map(this.calls.map((out, i) => [out, i]));
    const order = this.order;
    return [first, ...more].flatMap((callees) => this.callsOf(callees)).sort((a, b) => order.get(a)! - order.get(b)!);
  }

  private callsOf(callees: readonly FunctionNode[]): readonly CallOut[] {
    return this.allCallsOf.get(callees) ?? [this.firstCall.get(callees)!];
  }
}

/** The FunctionNodes of one file (its module node first) and its calls, from its syntax index. */
function fileGraph(sourceFile: ts.SourceFile, index: FileIndex, cache: ResolutionCache): FileGraph {
  const functions: FunctionNode[] = [{ index: cache.nextFunctionIndex++, decl: sourceFile, sourceFile, parent: undefined, name: '<module>', named: true }];
  for (const { decl, parent, ...naming } of index.functions) {
    functions.push({ index: cache.nextFunctionIndex++, decl, sourceFile, parent: functions[parent + 1], ...naming });
  }
  return { functions, byDecl: new Map(functions.map((fn) => [fn.decl, fn])), calls: index.calls.map(({ caller, call }) => ({ caller: functions[caller + 1]!, call })) };
}

/** No target: one array for every call that can run no project function. */
const NONE: readonly FunctionDeclarationLike[] = [];

export interface CallableNames {
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
