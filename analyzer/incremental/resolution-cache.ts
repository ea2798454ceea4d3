import ts from '../typescript.cjs';
import type { FunctionDeclarationLike, FunctionNode } from '../callgraph/function-node.js';
import type { ResolvedDeclaration } from '../frameworks/resolved-declaration.js';
import { declarationSurface } from './declaration-surface.js';
import { indexFile, type FileIndex } from '../callgraph/file-index.js';
import type { DiagnosticInfo } from '../model.js';
import type { CallableNames, CallOut } from '../callgraph/call-graph.js';
import type { FrameworkCall } from '../frameworks/framework-adapter.js';
import type { IntentFacts } from './intent-facts.js';

/** A parameter whose type has an intent field: where intent enters a function. */
export interface IntentSeed {
  parameter: ts.ParameterDeclaration;
  id: string;
  property: string;
  declaration: ts.Declaration;
  /** The property of the parameter that holds the field's object (`task` in `ctx.task.goal`). */
  via?: string;
}

/** What the type checker said about one call site (the project functions it runs, the framework declaration it names) or one function (its intent seeds). */
export interface CallResolution {
  /** Shared by every call dispatched through the same member: never changed in place. */
  targets?: readonly FunctionDeclarationLike[];
  dispatched?: ts.Declaration;
  /** Per argument: the project functions it refers to (callbacks handed over). */
  references?: Map<ts.Expression, readonly FunctionDeclarationLike[]>;
  framework?: ResolvedDeclaration | null;
  /** For a function declaration: its parameters that receive intent fields. */
  intentSeeds?: IntentSeed[];
  /** The intent names `intentSeeds` were found under (`IntentFlow`): under others, they are asked again. */
  intentSeedsFor?: string;
}

/** One file's part of the call graph, kept for the next program while it holds there. */
export interface FileGraph {
  /** The file's functions, its module node first, and its calls with the function each is in: pure syntax, kept for every SourceFile the next program reuses. */
  functions: FunctionNode[];
  /** The file's functions by declaration (the module node by its SourceFile): kept with `functions`. */
  byDecl: ReadonlyMap<ts.Node, FunctionNode>;
  calls: Array<{ caller: FunctionNode; call: ts.CallExpression | ts.NewExpression }>;
  /** The calls from the file's functions, and those dispatched through an interface: kept while every answer they come from is. */
  edges?: { all: CallOut[]; outgoing: Map<FunctionNode, CallOut[]>; dispatched: Map<ts.Node, ts.Declaration> };
  /** The calls from the file into package declarations: kept with the edges, while the program loads the same package files (`PackageDeclarations`). */
  frameworkCalls?: FrameworkCall[];
  /** The file's functions with parameters that receive intent fields, and the intent names they were found under: kept with the edges. */
  intentSeeds?: { names: string; seeds: Array<[FunctionNode, IntentSeed[]]> };
}

/** The package declaration files a program loads, and every name they declare or mention. */
export interface PackageDeclarations {
  files: readonly ts.SourceFile[];
  names: ReadonlySet<string>;
}

/**
 * What one analysis keeps per SourceFile for the next analysis of the same project (an editor
 * re-lints after each keystroke, reusing every unchanged SourceFile): each file's syntax index,
 * kept for every SourceFile the next program reuses; and the type checker's answers, kept when
 * no declaration surface (a file's text outside function bodies) changed, so that the checker
 * is asked again only about the edited files. Answers that name a declaration of an edited file
 * are carried over to the same declaration in its new SourceFile (found by its path from the
 * file, which a body edit cannot change); those inside a function body are asked again. The
 * call graph's nodes of unchanged files are kept, and so are their calls while no answer they
 * come from changed: a body edit rebuilds the edited file's part and the calls into it.
 */
export class ResolutionCache {
  private readonly byFile = new Map<ts.SourceFile, Map<ts.Node, CallResolution>>();
  private readonly indexes = new Map<ts.SourceFile, FileIndex>();
  private readonly diagnostics = new Map<ts.SourceFile, { rootDir: string; found: DiagnosticInfo[] }>();
  private readonly graphs = new Map<ts.SourceFile, FileGraph>();
  /** The next FunctionNode index: kept nodes keep theirs, so indexes stay unique across programs. */
  nextFunctionIndex = 0;
  /** Whether a next analysis will start from this one (an editor): only then is what only a next program reads kept (intent facts, per-file seeds and framework calls, callable names). */
  keepsForNext = true;
  /** Files whose checker answers came from an earlier program: the measure of what was reused. */
  reusedFiles = 0;
  /** Files whose syntax was walked to index them (the rest came from an earlier program). */
  indexedFiles = 0;
  /** Files whose calls were turned into edges (the rest came from an earlier program). */
  edgeFiles = 0;
  /** Calls and references the checker was asked to resolve, by file. */
  readonly questions = new Map<ts.SourceFile, number>();
  /** What following intent found in this program, for the next program to reuse. */
  intent?: IntentFacts;
  /** What following intent found in the previous program, when every answer it rests on may be kept (only body edits). */
  previousIntent?: IntentFacts;
  private moved?: DeclarationMap;
  /** The names under which the project's functions can be called or handed over (`buildCallGraph`): kept while no declaration surface changes. */
  callableNames?: CallableNames;
  /** The package declarations this program loads (set by the framework registry), and those of the previous program when its files' framework calls were kept. */
  packages?: PackageDeclarations;
  previousPackages?: PackageDeclarations;

  /** The cache for `files` given the previous program's cache, keeping what the change cannot affect. */
  static next(previous: ResolutionCache | undefined, files: readonly ts.SourceFile[]): ResolutionCache {
    const cache = new ResolutionCache();
    if (!previous) return cache;
    cache.nextFunctionIndex = previous.nextFunctionIndex;
    for (const sourceFile of files) {
      const index = previous.indexes.get(sourceFile);
      if (index) cache.indexes.set(sourceFile, index);
      const graph = previous.graphs.get(sourceFile);
      if (graph) cache.graphs.set(sourceFile, { functions: graph.functions, byDecl: graph.byDecl, calls: graph.calls });
    }
    // Without the files each file's answers name (noted only for a next program), no answer is kept.
    if (!previous.keepsForNext) return cache;
    // With as many files as before, the previous files not in this program are as many as those replaced: each must be one of them.
    if (files.length !== previous.byFile.size) return cache;
    const replaced = files.filter((sourceFile) => !previous.byFile.has(sourceFile));
    const oldByName = filesNamed(previous.byFile.keys(), new Set(replaced.map((sourceFile) => sourceFile.fileName)));
    const edited = new Map<ts.SourceFile, ts.SourceFile>();
    for (const sourceFile of replaced) {
      const old = oldByName.get(sourceFile.fileName);
      // A new file, or a changed surface, may change how anything resolves.
      if (!old || declarationSurface(old) !== declarationSurface(sourceFile)) return cache;
      edited.set(old, sourceFile);
    }
    const moved = new DeclarationMap(edited, previous.indexes);
    cache.moved = moved;
    cache.previousIntent = previous.intent;
    cache.previousPackages = previous.packages;
    cache.callableNames = previous.callableNames;
    const editedOld = [...edited.keys()];
    for (const [sourceFile, entries] of previous.byFile) {
      if (edited.has(sourceFile)) continue;
      const named = filesNamedIn.get(entries);
      const unchanged = !named || !editedOld.some((old) => named.has(old));
      // Shared with the previous program's cache: what either adds holds for both (the file is the same).
      let kept: Map<ts.Node, CallResolution>;
      if (unchanged) kept = entries;
      else {
        kept = new Map();
        for (const [call, resolution] of entries) {
          const carried = moved.resolution(resolution);
          if (!carried) continue;
          kept.set(call, carried);
          noteNamedBy(kept, carried);
        }
      }
      const { edges, frameworkCalls, intentSeeds } = previous.graphs.get(sourceFile) ?? {};
      if (unchanged && edges) {
        const graph = cache.graphs.get(sourceFile)!;
        graph.edges = edges;
        graph.frameworkCalls = frameworkCalls;
        graph.intentSeeds = intentSeeds;
      }
      cache.byFile.set(sourceFile, kept);
      cache.reusedFiles++;
      // Same files, same surfaces: the file's syntax errors and unresolved imports are what they were.
      const diagnostics = previous.diagnostics.get(sourceFile);
      if (diagnostics) cache.diagnostics.set(sourceFile, diagnostics);
    }
    return cache;
  }

  /**
   * The node of this program that stands for a node of the previous one: itself in an unchanged
   * file, its counterpart in an edited one, null when it has none (it was inside an edited body).
   */
  counterpart<T extends ts.Node>(node: T): T | null {
    return this.moved ? this.moved.node(node) : node;
  }

  /** The syntax index of a project file, made on first use. */
  indexOf(sourceFile: ts.SourceFile): FileIndex {
    let index = this.indexes.get(sourceFile);
    if (!index) {
      index = indexFile(sourceFile);
      this.indexes.set(sourceFile, index);
      this.indexedFiles++;
    }
    return index;
  }

  /** The file's part of the call graph kept from the previous program, if any. */
  graphOf(sourceFile: ts.SourceFile): FileGraph | undefined {
    return this.graphs.get(sourceFile);
  }

  /** Keeps the file's part of the call graph for the next program. */
  keepGraph(sourceFile: ts.SourceFile, graph: FileGraph): void {
    this.graphs.set(sourceFile, graph);
  }

  /** A file's own diagnostics (`sourceDiagnostics`), computed once while nothing they depend on changes. */
  diagnosticsOf(sourceFile: ts.SourceFile, rootDir: string, find: () => DiagnosticInfo[]): DiagnosticInfo[] {
    const known = this.diagnostics.get(sourceFile);
    if (known && known.rootDir === rootDir) return known.found;
    const found = find();
    this.diagnostics.set(sourceFile, { rootDir, found });
    return found;
  }

  /** Counts a question to the checker about a node of `sourceFile` (the work a reuse saves). */
  asked(sourceFile: ts.SourceFile): void {
    this.questions.set(sourceFile, (this.questions.get(sourceFile) ?? 0) + 1);
  }

  /** The entries of one file, made on first use; every project file gets one, so that the next program can tell which files it saw. */
  entriesOf(sourceFile: ts.SourceFile): Map<ts.Node, CallResolution> {
    let entries = this.byFile.get(sourceFile);
    if (!entries) {
      entries = new Map();
      this.byFile.set(sourceFile, entries);
    }
    return entries;
  }

  /**
   * Notes the declarations an answer in `entries` names (call targets, the member a call is
   * dispatched through, callbacks' functions, seeds' fields): every answer written into `entries`
   * is noted, so that a next program finds the files an edit touches without walking them.
   */
  noteNamed(entries: Map<ts.Node, CallResolution>, declarations: readonly ts.Node[]): void {
    if (this.keepsForNext) addNamedFiles(entries, declarations);
  }

  /** The entry of a node in its file's entries (`entriesOf`), made on first use. */
  entryIn(entries: Map<ts.Node, CallResolution>, node: ts.Node): CallResolution {
    let resolution = entries.get(node);
    if (!resolution) {
      resolution = {};
      entries.set(node, resolution);
    }
    return resolution;
  }
}

/** Per file's entries (kept as they are while the file's answers hold): the files whose declarations its answers name. */
const filesNamedIn = new WeakMap<Map<ts.Node, CallResolution>, Set<ts.SourceFile>>();

/** Per list of declarations (one target list is shared by every call through one member): the files they are in. */
const filesOfList = new WeakMap<readonly ts.Node[], readonly ts.SourceFile[]>();

function filesOf(declarations: readonly ts.Node[]): readonly ts.SourceFile[] {
  let files = filesOfList.get(declarations);
  if (!files) filesOfList.set(declarations, (files = [...new Set(declarations.map((node) => node.getSourceFile()))]));
  return files;
}

function addNamedFiles(entries: Map<ts.Node, CallResolution>, declarations: readonly ts.Node[]): void {
  if (declarations.length === 0) return;
  let files = filesNamedIn.get(entries);
  if (!files) filesNamedIn.set(entries, (files = new Set()));
  if (declarations.length === 1) files.add(declarations[0]!.getSourceFile());
  else for (const file of filesOf(declarations)) files.add(file);
}

function noteNamedBy(entries: Map<ts.Node, CallResolution>, resolution: CallResolution): void {
  if (resolution.targets) addNamedFiles(entries, resolution.targets);
  if (resolution.dispatched) addNamedFiles(entries, [resolution.dispatched]);
  for (const functions of resolution.references?.values() ?? []) addNamedFiles(entries, functions);
  if (resolution.intentSeeds) addNamedFiles(entries, resolution.intentSeeds.map((seed) => seed.declaration));
}

/**
 * Declarations of edited files, from their old SourceFile to their new one. A body edit leaves
 * the syntax outside bodies as it was, so a declaration outside every body has the same path of
 * child positions from its file in both; one inside a body has no counterpart.
 */
class DeclarationMap {
  private readonly memo = new Map<ts.Node, ts.Node | null>();
  /** The functions of the edited files' old SourceFiles: what call targets can be, found without walking up to a node's file. */
  private readonly editedFunctions = new Set<ts.Node>();
  /**
   * Per list of functions (call targets, references): whether it names an edited function, and the
   * list carried over. Every call through one interface member shares one target list, and shares
   * the carried one too, so that the list is walked once, not once per call.
   */
  private readonly namesEdited = new WeakMap<readonly ts.Node[], boolean>();
  private readonly carriedLists = new WeakMap<readonly ts.Node[], readonly ts.Node[] | null>();

  constructor(
    private readonly edited: ReadonlyMap<ts.SourceFile, ts.SourceFile>,
    indexes: ReadonlyMap<ts.SourceFile, FileIndex>,
  ) {
    for (const old of edited.keys()) {
      const index = indexes.get(old) ?? indexFile(old);
      for (const { decl } of index.functions) this.editedFunctions.add(decl);
    }
  }

  /** The resolution with every node of an edited file carried over; undefined when one cannot be. */
  resolution(resolution: CallResolution): CallResolution | undefined {
    if (this.edited.size === 0 || !this.touches(resolution)) return resolution;
    const targets = resolution.targets && this.all(resolution.targets);
    const dispatched = resolution.dispatched && this.node(resolution.dispatched);
    if (targets === null || dispatched === null) return undefined;
    let references: CallResolution['references'];
    if (resolution.references) {
      references = new Map();
      for (const [argument, functions] of resolution.references) {
        const moved = this.all(functions);
        if (moved === null) return undefined;
        references.set(argument, moved);
      }
    }
    let intentSeeds: IntentSeed[] | undefined;
    if (resolution.intentSeeds) {
      intentSeeds = [];
      for (const seed of resolution.intentSeeds) {
        const declaration = this.node(seed.declaration);
        if (declaration === null) return undefined;
        intentSeeds.push({ ...seed, declaration });
      }
    }
    const carried: CallResolution = { ...resolution };
    if (targets) carried.targets = targets;
    if (dispatched) carried.dispatched = dispatched;
    if (references) carried.references = references;
    if (intentSeeds) carried.intentSeeds = intentSeeds;
    return carried;
  }

  /** Whether the resolution names a node of an edited file. */
  touches(resolution: CallResolution): boolean {
    if (this.edited.size === 0) return false;
    const inEdited = (node: ts.Node) => this.edited.has(node.getSourceFile());
    if (resolution.targets && this.namesEditedFunction(resolution.targets)) return true;
    if (resolution.dispatched && inEdited(resolution.dispatched)) return true;
    for (const functions of resolution.references?.values() ?? []) if (this.namesEditedFunction(functions)) return true;
    return resolution.intentSeeds?.some((seed) => inEdited(seed.declaration)) ?? false;
  }

  private namesEditedFunction(functions: readonly ts.Node[]): boolean {
    // Most calls run no project function: one shared empty list, not worth a lookup.
    if (functions.length === 0) return false;
    let names = this.namesEdited.get(functions);
    if (names === undefined) {
      names = functions.some((node) => this.editedFunctions.has(node));
      this.namesEdited.set(functions, names);
    }
    return names;
  }

  private all<T extends ts.Node>(nodes: readonly T[]): readonly T[] | null {
    let moved = this.carriedLists.get(nodes) as readonly T[] | null | undefined;
    if (moved !== undefined) return moved;
    const found: T[] = [];
    for (const node of nodes) {
      const counterpart = this.node(node);
      if (counterpart === null) {
        this.carriedLists.set(nodes, null);
        return null;
      }
      found.push(counterpart);
    }
    this.carriedLists.set(nodes, (moved = found));
    return moved;
  }

  /** The node itself when its file was not edited; its counterpart in the new file; null when it has none. */
  node<T extends ts.Node>(node: T): T | null {
    const sourceFile = node.getSourceFile();
    const edited = this.edited.get(sourceFile);
    if (!edited) return node;
    let counterpart = this.memo.get(node);
    if (counterpart === undefined) {
      counterpart = counterpartIn(edited, node);
      this.memo.set(node, counterpart);
    }
    return counterpart as T | null;
  }
}

function counterpartIn(edited: ts.SourceFile, node: ts.Node): ts.Node | null {
  const path: number[] = [];
  for (let current = node; current.parent; current = current.parent) {
    if (isBodyOf(current, current.parent)) return null;
    path.push(childIndex(current.parent, current));
  }
  let counterpart: ts.Node = edited;
  for (let i = path.length - 1; i >= 0; i--) {
    const child = childAt(counterpart, path[i]!);
    if (!child) return null;
    counterpart = child;
  }
  return counterpart.kind === node.kind ? counterpart : null;
}

function isBodyOf(node: ts.Node, parent: ts.Node): boolean {
  return ts.isFunctionLike(parent) && 'body' in parent && parent.body === node;
}

function childIndex(parent: ts.Node, node: ts.Node): number {
  let index = -1;
  let at = 0;
  ts.forEachChild(parent, (child) => {
    if (child === node) index = at;
    at++;
  }, (children) => {
    for (const child of children) {
      if (child === node) index = at;
      at++;
    }
  });
  return index;
}

function childAt(parent: ts.Node, index: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  let at = 0;
  ts.forEachChild(parent, (child) => {
    if (at++ === index) found = child;
  }, (children) => {
    for (const child of children) if (at++ === index) found = child;
  });
  return found;
}

/** The files with one of the names, by name: a map of the few edited files, not of every file. */
function filesNamed(sourceFiles: Iterable<ts.SourceFile>, names: ReadonlySet<string>): Map<string, ts.SourceFile> {
  const named = new Map<string, ts.SourceFile>();
  for (const sourceFile of sourceFiles) if (names.has(sourceFile.fileName)) named.set(sourceFile.fileName, sourceFile);
  return named;
}
