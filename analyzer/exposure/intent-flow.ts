import ts from '../typescript.cjs';
import { calleesOfCall, type CallGraph } from '../callgraph/call-graph.js';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';
import { dataProperties, isObjectLike, safeTypeAt, safeTypeOfSymbol } from '../types/type-properties.js';
import type { TypeRoles } from '../types/type-roles.js';
import type { IntentSeed, ResolutionCache } from '../incremental/resolution-cache.js';
import { Carriers, copyTreePart, keptTrees, returnKey, ReturnFacts, rootOf, type Carrier, type FieldFacts, type IntentFacts, type ReturnFact, type TreeFacts, type TreePart } from '../incremental/intent-facts.js';

/** One intent field (`Task.goal`) and where it is declared. */
export interface IntentField {
  id: string;
  /** The property name (`goal`). */
  property: string;
  declaration: ts.Declaration;
}

const CONVERSIONS = new Set(['String', 'encodeURIComponent', 'encodeURI']);
const GLOBAL_NAMESPACES = new Set(['JSON', 'Object', 'Array']);

/** How much intent work was done: zero of each when the program declares no intent field. */
export interface IntentWork {
  /** Parameters whose type was asked of the checker to find where intent enters. */
  parametersTyped: number;
  /** Distinct functions whose body was followed for some intent field. */
  functionsVisited: number;
  /** Trees (functions not nested in another, with those nested in them) whose facts were kept from the previous program. */
  treesKept: number;
  /** Return summaries of the previous program asked again because what they rest on was edited. */
  returnsAskedAgain: number;
  /** Parameters bound to what a call's argument carries (a call through an interface binds every implementation's). */
  parametersBound: number;
}

/** Per intent field: what carries it, which functions hold it, and the functions left to follow. */
interface FieldState extends FieldFacts {
  queue: FunctionNode[];
  queued: Set<FunctionNode>;
  /** The sets of `holdersByFile` this program made: the others are the previous program's, copied before a change. */
  ownFileSets: Set<Set<FunctionNode>>;
}

/**
 * Follows intent fields from where they are declared through parameters, assignments,
 * destructuring, property copies, templates, concatenation and calls, to every function that
 * holds something derived from them. Only the declared intent names are looked for, and only the
 * functions a seed reaches are followed (a worklist, not rounds over the whole program).
 */
export class IntentFlow {
  readonly fields: IntentField[] = [];
  private readonly states = new Map<string, FieldState>();
  private returns = new ReturnFacts();
  private readonly visited = new Set<FunctionNode>();
  private readonly symbols = new Map<ts.Identifier, ts.Symbol | undefined>();
  /** Whether what is found per tree is recorded (`trees`), for a next program to keep. */
  private readonly records: boolean;
  /** What was found per tree, kept for the next program: see `IntentFacts`. */
  private readonly trees = new Map<FunctionNode, TreeFacts>();
  /** The previous program's trees while this one is built: a kept tree's part still the same object is shared with it (copied on the first addition). */
  private previousTrees?: ReadonlyMap<FunctionNode, TreeFacts>;
  private moduleCarrier = false;
  /** The return summaries (keys into `returns`) of each function: indexed only when an answer of the previous program changed (`askAgain`). */
  private readonly returnsOf = new Map<FunctionNode, Set<string>>();
  private returnsIndexed = false;
  private treesKept = 0;
  private parametersBound = 0;
  private returnsAskedAgain = 0;
  /** Per field: whether a node's type has the field itself, and how the node would carry it. */
  private readonly holdsField = new Map<string, Map<ts.Node, boolean>>();
  private readonly kinds = new Map<string, Map<ts.Node, Carrier>>();
  /** Per call (`callKey`): whether its result derives from the argument at an index carrying a field one way. */
  private readonly callReturns = new Map<ts.Node, Map<string, boolean>>();
  /** Per field and call (`callKey`): what the arguments carried each time the parameters were bound. Binding the same again changes nothing. */
  private readonly boundCalls = new Map<string, Map<ts.Node, Set<string>>>();
  private readonly sites = new Map<ts.Node, ts.Node[]>();
  /**
   * Per set of carriers: the local sites found to carry into it. Binding a site again binds
   * nothing new (a carrier is only ever raised to `object`, or from `container` to `value`).
   */
  private readonly settledSites = new WeakMap<Carriers, Set<ts.Node>>();
  /** Per parameter: whether the function may return something derived from it (`mayReturnFrom`). */
  private readonly returnsFrom = new Map<ts.ParameterDeclaration, boolean>();
  /** The identifier names in a node, each once (an array: far smaller than a set, for the many small nodes asked about). */
  private readonly namesIn = new Map<ts.Node, readonly string[]>();
  private following?: FunctionNode;
  private followAgain = false;
  private parametersTyped = 0;
  /** Calls whose callees' trees are noted as given to (`noteGave`); the same for every field. */
  private readonly gaveNoted = new Set<ts.Node>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly graph: CallGraph,
    private readonly types: TypeRoles,
    private readonly cache: ResolutionCache,
    /** The names an intent field can have (`declaredIntentNames`); none means nothing to follow. */
    private readonly names: ReadonlySet<string>,
    /** The property names that can hold an intent field's object (`intentContainerNames`). */
    private readonly containerNames: ReadonlySet<string> = new Set(),
  ) {
    this.records = cache.keepsForNext;
    const previous = cache.previousIntent;
    // Read once: the previous program's facts are not kept alive past this one's.
    cache.previousIntent = undefined;
    if (names.size === 0) return;
    const seedsFor = [[...names].sort().join(), [...containerNames].sort().join(), types.intentKey].join('|');
    const seeds = this.findSeeds(seedsFor);
    const signature = [seedsFor, this.fields.map((f) => f.id).join()].join('|');
    const kept = previous && previous.signature === signature && !previous.moduleCarrier ? this.keep(previous) : undefined;
    this.returnsIndexed = false;
    this.returnsOf.clear();
    for (const [fn, fnSeeds] of seeds) {
      // A kept tree's seeds are among its kept carriers.
      if (kept?.has(rootOf(fn))) continue;
      for (const seed of fnSeeds) this.addBinding(seed.parameter.name, this.fieldById(seed.id), seed.via ? 'container' : 'object');
    }
    if (kept) this.rederive(kept);
    this.propagate();
    // What only following needed: later questions (`carries`) ask return summaries, never bind.
    this.boundCalls.clear();
    this.gaveNoted.clear();
    this.previousTrees = undefined;
    if (this.records) cache.intent = { signature, trees: this.trees, fields: this.states, returns: this.returns, moduleCarrier: this.moduleCarrier };
  }

  get work(): IntentWork {
    return { parametersTyped: this.parametersTyped, functionsVisited: this.visited.size, treesKept: this.treesKept, returnsAskedAgain: this.returnsAskedAgain, parametersBound: this.parametersBound };
  }

  /** True when the function (its parameters or locals, or those of inline callbacks in it) holds the field. */
  holds(fn: FunctionNode, field: IntentField): boolean {
    return this.states.get(field.id)?.holders.has(fn) ?? false;
  }

  /** True when something derived from the field is in the expression. */
  carries(expression: ts.Node, field: IntentField): boolean {
    return this.referencesCarrier(expression, this.states.get(field.id)!.carriers, field);
  }

  /**
   * Parameters whose type has an intent field are where intent enters a function: the fields are
   * those found there. Asked of the checker once per function and kept per file, under the intent
   * names and config entries they were found under (`seedsFor`).
   */
  private findSeeds(seedsFor: string): Array<[FunctionNode, IntentSeed[]]> {
    const seeds: Array<[FunctionNode, IntentSeed[]]> = [];
    for (const sourceFile of this.graph.files) {
      // buildCallGraph keeps every project file's part of the graph in the cache.
      const fileGraph = this.cache.graphOf(sourceFile)!;
      let found = fileGraph.intentSeeds;
      if (found?.names !== seedsFor) {
        found = { names: seedsFor, seeds: this.seedsOfFile(sourceFile, fileGraph.functions, seedsFor) };
        if (this.records) fileGraph.intentSeeds = found;
      }
      for (const [fn, fnSeeds] of found.seeds) {
        seeds.push([fn, fnSeeds]);
        for (const seed of fnSeeds) {
          if (this.states.has(seed.id)) continue;
          this.fields.push({ id: seed.id, property: seed.property, declaration: seed.declaration });
          this.states.set(seed.id, { carriers: new Carriers(), holders: new Set(), holdersByFile: new Map(), queue: [], queued: new Set(), ownFileSets: new Set() });
        }
      }
    }
    return seeds;
  }

  private seedsOfFile(sourceFile: ts.SourceFile, functions: readonly FunctionNode[], seedsFor: string): Array<[FunctionNode, IntentSeed[]]> {
    const seeds: Array<[FunctionNode, IntentSeed[]]> = [];
    // Kept per function only for a next program.
    const entries = this.records ? this.cache.entriesOf(sourceFile) : undefined;
    for (const fn of functions) {
      if (ts.isSourceFile(fn.decl) || fn.decl.parameters.length === 0) continue;
      let fnSeeds: IntentSeed[];
      if (entries) {
        const entry = this.cache.entryIn(entries, fn.decl);
        if (entry.intentSeedsFor !== seedsFor) {
          entry.intentSeeds = this.intentSeeds(fn.decl);
          entry.intentSeedsFor = seedsFor;
          this.cache.noteNamed(entries, entry.intentSeeds.map((seed) => seed.declaration));
        }
        fnSeeds = entry.intentSeeds!;
      } else fnSeeds = this.intentSeeds(fn.decl);
      if (fnSeeds.length > 0) seeds.push([fn, fnSeeds]);
    }
    return seeds;
  }

  private fieldById(id: string): IntentField {
    return this.fields.find((field) => field.id === id)!;
  }

  /**
   * Takes over the previous program's facts that the edit cannot change (see `keptTrees`).
   * Returns the kept trees by root, or undefined when nothing can be kept.
   */
  private keep(previous: IntentFacts): ReadonlyMap<FunctionNode, TreeFacts> | undefined {
    // The summaries of unchanged files are shared with the previous program; those of edited files are asked again.
    this.returns = previous.returns.next();
    const edited: ReturnFact[] = [];
    for (const file of previous.returns.files()) {
      if (this.graph.hasFile(file)) continue;
      for (const [key, fact] of previous.returns.ofFile(file)) {
        edited.push(fact);
        this.returns.delete(key);
      }
    }
    const askedChanged = this.askAgain(edited);
    if (!askedChanged) {
      this.returns.clear();
      this.returnsOf.clear();
      this.callReturns.clear();
      return undefined;
    }
    const { kept: trees, dropped } = keptTrees(previous, this.isCurrent, askedChanged);
    // Every field's carriers and holders are those of all the previous trees together, less those of the trees dropped.
    for (const [id, state] of this.states) {
      const all = previous.fields.get(id)!;
      state.carriers = all.carriers.next();
      state.holders = new Set(all.holders);
      state.holdersByFile = new Map(all.holdersByFile);
    }
    for (const root of dropped) {
      const facts = previous.trees.get(root);
      if (!facts) continue;
      for (const [id, carriers] of facts.carriers) {
        const state = this.states.get(id)!;
        for (const declaration of carriers.keys()) state.carriers.delete(declaration);
      }
      for (const [id, holders] of facts.holders) {
        const state = this.states.get(id)!;
        for (const holder of holders) {
          state.holders.delete(holder);
          const inFile = this.holdersInFile(state, holder.sourceFile, false);
          // An edited file's old SourceFile is not kept alive by an empty entry.
          if (inFile?.delete(holder) && inFile.size === 0) state.holdersByFile.delete(holder.sourceFile);
        }
      }
    }
    for (const [root, facts] of trees) this.trees.set(root, facts);
    this.previousTrees = previous.trees;
    this.treesKept = trees.size;
    return trees;
  }

  /**
   * Asks the return summaries of edited functions again, in their new declarations, and, when an
   * answer changes, those of every function with a call to it, until no answer changes. A function
   * inside an edited body has no counterpart: every function nested in a body of its file counts as
   * changed. Returns the trees holding a call to a changed function (their walks may have asked
   * it), or undefined when the answers keep changing.
   */
  private askAgain(edited: readonly ReturnFact[]): Set<FunctionNode> | undefined {
    const changed: FunctionNode[] = [];
    const change = (fn: FunctionNode) => changed.includes(fn) || changed.push(fn);
    for (const fact of edited) {
      const decl = this.cache.counterpart(fact.fn.decl);
      const fn = decl && this.graph.functionOf(decl);
      if (!fn) {
        const file = this.cache.counterpart(fact.fn.sourceFile);
        for (const nested of (file && this.cache.graphOf(file)?.functions) || []) if (nested.parent && !isModuleNode(nested.parent)) change(nested);
        continue;
      }
      this.returnsAskedAgain++;
      if (this.returnsDerived(fn, fact.index, this.fieldById(fact.field), fact.kind) !== fact.derived) change(fn);
    }
    const askedChanged = new Set<FunctionNode>();
    if (changed.length > 0) this.indexReturns();
    const limit = 10 * (changed.length + edited.length + 10);
    for (let next = 0; next < changed.length; next++) {
      if (next > limit) return undefined;
      for (const { kind, caller, call } of this.graph.incomingCalls(changed[next]!)) {
        if (kind !== 'call') continue;
        askedChanged.add(rootOf(caller));
        this.callReturns.delete(this.callKey(call));
        // The summaries of the functions around the call may rest on it.
        for (let fn: FunctionNode | undefined = caller; fn && !isModuleNode(fn); fn = fn.parent) {
          for (const key of [...(this.returnsOf.get(fn) ?? [])]) {
            const fact = this.returns.get(key)!;
            this.returns.delete(key);
            this.returnsAskedAgain++;
            // Asked again below if it changes once more (it may have been asked while a callee's answer was still the old one).
            if (this.returnsDerived(fn, fact.index, this.fieldById(fact.field), fact.kind) !== fact.derived) changed.push(fn);
          }
        }
      }
    }
    return askedChanged;
  }

  private noteReturn(key: string, fact: ReturnFact): void {
    this.returns.set(key, fact);
    if (this.returnsIndexed) this.indexReturn(key, fact);
  }

  private indexReturns(): void {
    for (const [key, fact] of this.returns.entries()) this.indexReturn(key, fact);
    this.returnsIndexed = true;
  }

  private indexReturn(key: string, fact: ReturnFact): void {
    let keys = this.returnsOf.get(fact.fn);
    if (!keys) this.returnsOf.set(fact.fn, (keys = new Set()));
    keys.add(key);
  }

  /**
   * Binds again the parameters of the functions redone that kept holders call, with what their
   * arguments carried. Walked from the calls of the kept trees that gave to a tree not kept (in the
   * previous program: `gaveTo`), not from every function's callers: bindings only grow, so the
   * order they are made in does not change what they come to.
   */
  private rederive(kept: ReadonlyMap<FunctionNode, TreeFacts>): void {
    // Every call through one member shares its callees: which of them are redone is found once.
    const redoneOf = new Map<readonly FunctionNode[], FunctionNode[]>();
    const redone = (callees: readonly FunctionNode[]): FunctionNode[] => {
      let found = redoneOf.get(callees);
      if (!found) redoneOf.set(callees, (found = callees.filter((callee) => !isModuleNode(callee) && !kept.has(rootOf(callee)))));
      return found;
    };
    for (const root of kept.keys()) {
      const { holders: holdersByField, gaveTo } = this.trees.get(root)!;
      // A kept tree that handed intent only to kept trees has nothing to give a redone one.
      if (!givesToRedone(gaveTo, kept)) continue;
      for (const field of this.fields) {
        const state = this.states.get(field.id)!;
        for (const caller of holdersByField.get(field.id) ?? []) {
          for (const { kind, args, callees } of this.graph.callsFrom(caller)) {
            if (kind !== 'call') continue;
            for (const callee of redone(callees)) {
              const passed = this.trees.get(root)!.passed.get(field.id);
              this.passArguments(caller, callee, args, field, (argument) => {
                const known = passed?.get(argument);
                return known === undefined ? this.argumentCarrier(argument, field, state.carriers, perField(this.treePart(root, 'passed'), field)) : known ?? undefined;
              });
            }
          }
        }
      }
    }
  }

  /** Whether a function of the previous program is one of this program's (its file was not edited). */
  private readonly isCurrent = (fn: FunctionNode): boolean => this.graph.hasFile(fn.sourceFile);

  /** One part of a tree's facts, to add to. */
  private treePart<K extends TreePart>(root: FunctionNode, part: K): TreeFacts[K] {
    let facts = this.trees.get(root);
    if (!facts) {
      this.trees.set(root, (facts = { carriers: new Map(), holders: new Map(), passed: new Map(), gaveTo: new Set() }));
      return facts[part];
    }
    const previous = this.previousTrees?.get(root);
    if (previous && facts[part] === previous[part]) {
      // The previous program's object is never changed: the first part copied copies the object too.
      if (facts === previous) this.trees.set(root, (facts = { ...facts }));
      facts[part] = copyTreePart(previous, part, this.isCurrent);
    }
    return facts[part];
  }

  /** The parameters of a function whose type has an intent field: asked of the checker once per unchanged file. */
  private intentSeeds(decl: ts.SignatureDeclaration): IntentSeed[] {
    const seeds: IntentSeed[] = [];
    for (const parameter of decl.parameters) {
      if (parameter.type && isPrimitiveKeyword(parameter.type)) continue;
      this.parametersTyped++;
      const type = safeTypeAt(this.checker, parameter);
      if (!type) continue;
      const direct = this.intentSeedsOf(type, parameter);
      seeds.push(...(direct.length > 0 ? direct : this.nestedIntentSeeds(type, parameter)));
    }
    return seeds;
  }

  private intentSeedsOf(type: ts.Type, parameter: ts.ParameterDeclaration, via?: string): IntentSeed[] {
    const seeds: IntentSeed[] = [];
    for (const property of this.intentProperties(type)) {
      const id = this.types.intentField(property);
      const declaration = property.declarations?.[0];
      if (id && declaration) seeds.push({ parameter, id, property: property.name, declaration, via });
    }
    return seeds;
  }

  /** Intent fields one level down (`ctx.task.goal`), looked up only under the names that can hold them. */
  private nestedIntentSeeds(type: ts.Type, parameter: ts.ParameterDeclaration): IntentSeed[] {
    if (this.containerNames.size === 0 || !isObjectLike(this.checker, type)) return [];
    return [...this.containerNames].flatMap((name) => {
      const inner = this.dataPropertyType(type, name);
      return inner ? this.intentSeedsOf(inner, parameter, name) : [];
    });
  }

  private dataPropertyType(type: ts.Type, name: string): ts.Type | undefined {
    const property = this.dataProperty(type, name);
    const propertyType = property && safeTypeOfSymbol(this.checker, property);
    return propertyType && this.checker.getNonNullableType(propertyType);
  }

  /** True when the value holds, in one of the properties that can, an object with the field. */
  private containerHasField(expression: ts.Node, field: IntentField): boolean {
    const type = this.containerNames.size > 0 ? this.objectTypeOf(expression, field) : undefined;
    if (!type) return false;
    return [...this.containerNames].some((name) => {
      const inner = this.dataPropertyType(type, name);
      return inner !== undefined && this.declaresField(inner, field);
    });
  }

  private carrierKind(expression: ts.Node, field: IntentField): Carrier {
    const known = perField(this.kinds, field);
    let kind = known.get(expression);
    if (!kind) {
      kind = this.objectHasField(expression, field) ? 'object' : this.containerHasField(expression, field) ? 'container' : 'value';
      known.set(expression, kind);
    }
    return kind;
  }

  /** The data properties of a type named like an intent field, in the type's property order. */
  private intentProperties(type: ts.Type): ts.Symbol[] {
    if (!isObjectLike(this.checker, type)) return [];
    const found: ts.Symbol[] = [];
    for (const name of this.names) {
      const property = this.dataProperty(type, name);
      if (property) found.push(property);
    }
    if (found.length < 2) return found;
    return dataProperties(this.checker, type).filter((property) => found.includes(property));
  }

  private dataProperty(type: ts.Type, name: string): ts.Symbol | undefined {
    if (name.startsWith('__')) return undefined;
    try {
      const property = this.checker.getPropertyOfType(type, name);
      return property && !(property.flags & ts.SymbolFlags.Method) ? property : undefined;
    } catch {
      return undefined;
    }
  }

  private addBinding(name: ts.BindingName, field: IntentField, carrier: Carrier, carriers = this.states.get(field.id)!.carriers): boolean {
    if (ts.isIdentifier(name)) {
      const declaration = declarationOf(this.symbolOf(name));
      const known = declaration && carriers.get(declaration);
      if (!declaration || known === carrier || known === 'object' || (carrier === 'container' && known)) return false;
      carriers.set(declaration, carrier);
      const state = this.states.get(field.id)!;
      if (carriers === state.carriers) this.carrierAdded(declaration, carrier, field, state);
      return true;
    }
    let changed = false;
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      const key = element.propertyName ?? element.name;
      const matches = ts.isIdentifier(key) && key.text === field.property;
      if (carrier === 'object' && matches) changed = this.addBinding(element.name, field, 'value', carriers) || changed;
      else if (carrier === 'container' && !element.dotDotDotToken) {
        if (this.objectHasField(element.name, field)) changed = this.addBinding(element.name, field, 'object', carriers) || changed;
      } else if (carrier === 'value' || element.dotDotDotToken) changed = this.addBinding(element.name, field, carrier, carriers) || changed;
    }
    return changed;
  }

  /**
   * A new carrier makes every function around its declaration a holder, and can only change what
   * is found in its own scope: the innermost function declaring it and the holders nested in it.
   */
  private carrierAdded(declaration: ts.Node, carrier: Carrier, field: IntentField, state: FieldState): void {
    const inner = this.functionAround(declaration);
    if (!inner) {
      // Declared outside any project function (module state): it may be read anywhere.
      this.moduleCarrier = true;
      for (const holder of state.holders) this.enqueue(holder, state);
      return;
    }
    let treeHolders: Set<FunctionNode> | undefined;
    if (this.records) {
      const root = rootOf(inner);
      perField(this.treePart(root, 'carriers'), field).set(declaration, carrier);
      const holders = this.treePart(root, 'holders');
      treeHolders = holders.get(field.id);
      if (!treeHolders) holders.set(field.id, (treeHolders = new Set()));
    }
    for (let fn: FunctionNode | undefined = inner; fn && !isModuleNode(fn); fn = fn.parent) {
      if (state.holders.has(fn)) continue;
      this.addHolder(fn, state);
      treeHolders?.add(fn);
    }
    for (const holder of state.holdersByFile.get(inner.sourceFile) ?? []) {
      if (holder.decl.pos >= inner.decl.pos && holder.decl.end <= inner.decl.end) this.enqueue(holder, state);
    }
  }

  /** A function holds the field when a carrier is declared in it or in a function nested in it. */
  private addHolder(fn: FunctionNode, state: FieldState): void {
    state.holders.add(fn);
    this.holdersInFile(state, fn.sourceFile, true)!.add(fn);
  }

  /** The holders of one file, to change: a set of the previous program's is copied first; made when `create` and there is none. */
  private holdersInFile(state: FieldState, sourceFile: ts.SourceFile, create: boolean): Set<FunctionNode> | undefined {
    let inFile = state.holdersByFile.get(sourceFile);
    if (inFile && state.ownFileSets.has(inFile)) return inFile;
    if (!inFile && !create) return undefined;
    inFile = new Set(inFile);
    state.ownFileSets.add(inFile);
    state.holdersByFile.set(sourceFile, inFile);
    return inFile;
  }

  /** The innermost project function (not a module) whose declaration contains `node`. */
  private functionAround(node: ts.Node): FunctionNode | undefined {
    for (let current: ts.Node | undefined = node; current && !ts.isSourceFile(current); current = current.parent) {
      const fn = this.graph.functionOf(current);
      if (fn) return fn;
    }
    return undefined;
  }

  private enqueue(fn: FunctionNode, state: FieldState): void {
    if (fn === this.following) {
      // Being followed now: its loop goes round once more instead of following it again later.
      this.followAgain = true;
      return;
    }
    if (state.queued.has(fn)) return;
    state.queued.add(fn);
    state.queue.push(fn);
  }

  /** Local assignments and call arguments of each function that holds the field, until nothing new carries it. */
  private propagate(): void {
    for (const field of this.fields) {
      const state = this.states.get(field.id)!;
      for (let next = 0; next < state.queue.length; next++) {
        const fn = state.queue[next]!;
        state.queued.delete(fn);
        this.follow(fn, field, state.carriers);
      }
      // Followed: the next program keeps this state (`IntentFacts.fields`), not the functions it went through.
      state.queue.length = 0;
    }
  }

  private follow(fn: FunctionNode, field: IntentField, carriers: Carriers): void {
    this.visited.add(fn);
    this.following = fn;
    do {
      this.followAgain = false;
      this.followOnce(fn, field, carriers);
    } while (this.followAgain);
    this.following = undefined;
  }

  /** Locals to a fixed point, then the arguments of every call out of the function. */
  private followOnce(fn: FunctionNode, field: IntentField, carriers: Carriers): void {
    const body = (fn.decl as ts.FunctionLikeDeclaration).body;
    for (let round = 0; body && round < 20 && this.propagateLocals(body, field, carriers); round++);
    // A call dispatched to many implementations is one set of arguments: asked about once.
    const carried = new Map<ts.Expression, Carrier | undefined>();
    const passed = this.records ? perField(this.treePart(rootOf(fn), 'passed'), field) : undefined;
    const carrierOf = (argument: ts.Expression): Carrier | undefined => {
      if (carried.has(argument)) return carried.get(argument);
      const carrier = this.argumentCarrier(argument, field, carriers, passed);
      carried.set(argument, carrier);
      return carrier;
    };
    // The implementations of an interface member are bound once for what the arguments carry,
    // whichever call dispatched to them first; the other calls only note that they give to them.
    const bound = perField(this.boundCalls, field);
    for (const { kind, call, args, callees } of this.graph.callsFrom(fn)) {
      if (kind !== 'call') continue;
      const carriedBy = args.map((argument) => carrierOf(argument) ?? '');
      if (carriedBy.every((carrier) => carrier === '')) continue;
      const key = this.callKey(call);
      const signature = carriedBy.join();
      let seen = bound.get(key);
      if (!seen) bound.set(key, (seen = new Set()));
      const bind = !seen.has(signature);
      seen.add(signature);
      // Which trees a call gives to does not depend on the field: noted for the first field it carries.
      const note = !this.gaveNoted.has(call);
      this.gaveNoted.add(call);
      for (const callee of callees) {
        if (isModuleNode(callee)) continue;
        if (bind) this.passArguments(fn, callee, args, field, carrierOf, note);
        else if (note && (callee.decl as ts.FunctionLikeDeclaration).parameters.length > 0) this.noteGave(fn, callee);
      }
    }
  }

  /** How an argument carries the field, noted for the next program (`TreeFacts.passed`). */
  private argumentCarrier(argument: ts.Expression, field: IntentField, carriers: Carriers, passed: Map<ts.Expression, Carrier | null> | undefined): Carrier | undefined {
    const carrier = this.referencesCarrier(argument, carriers, field) ? this.carrierKind(argument, field) : undefined;
    passed?.set(argument, carrier ?? null);
    return carrier;
  }

  /** Binds the parameters of a call's callee to what its arguments carry. */
  private passArguments(
    caller: FunctionNode,
    callee: FunctionNode,
    args: readonly ts.Expression[],
    field: IntentField,
    carrierOf: (argument: ts.Expression) => Carrier | undefined,
    note = true,
  ): void {
    const parameters = (callee.decl as ts.FunctionLikeDeclaration).parameters;
    let gave = false;
    args.forEach((argument, index) => {
      const parameter = parameters[Math.min(index, parameters.length - 1)];
      const carrier = parameter && carrierOf(argument);
      if (!carrier) return;
      gave = true;
      this.parametersBound++;
      this.addBinding(parameter.name, field, carrier);
    });
    if (gave && note) this.noteGave(caller, callee);
  }

  /** The caller's tree handed intent to the callee's (`TreeFacts.gaveTo`). */
  private noteGave(caller: FunctionNode, callee: FunctionNode): void {
    if (!this.records) return;
    const [from, to] = [rootOf(caller), rootOf(callee)];
    if (!this.trees.get(from)?.gaveTo.has(to)) this.treePart(from, 'gaveTo').add(to);
  }

  private propagateLocals(body: ts.Node, field: IntentField, carriers: Carriers): boolean {
    let changed = false;
    const carries = (expression: ts.Node) => this.referencesCarrier(expression, carriers, field);
    const kind = (expression: ts.Node): Carrier => this.carrierKind(expression, field);
    let settled = this.settledSites.get(carriers);
    if (!settled) this.settledSites.set(carriers, (settled = new Set()));
    for (const site of this.localSites(body)) {
      if (settled.has(site) || !carries(siteSource(site))) continue;
      if (ts.isVariableDeclaration(site)) changed = this.addBinding(site.name, field, kind(site.initializer!), carriers) || changed;
      else if (ts.isBinaryExpression(site)) changed = this.addBinding(site.left as ts.Identifier, field, 'value', carriers) || changed;
      else {
        // Each element of a derived collection is derived; an element of a collection of intent holders holds it.
        for (const declaration of ((site as ts.ForInOrOfStatement).initializer as ts.VariableDeclarationList).declarations) {
          changed = this.addBinding(declaration.name, field, this.carrierKind(declaration.name, field), carriers) || changed;
        }
      }
      settled.add(site);
    }
    return changed;
  }

  /** Where a local can come to carry a field (declarations, `x = …`, loops), in source order: walked once per body. */
  private localSites(body: ts.Node): readonly ts.Node[] {
    let sites = this.sites.get(body);
    if (sites) return sites;
    const found: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (
        (ts.isVariableDeclaration(node) && node.initializer) ||
        (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) ||
        ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && ts.isVariableDeclarationList(node.initializer))
      ) {
        found.push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    this.sites.set(body, (sites = found));
    return sites;
  }

  /** Whether an identifier named like a carrier occurs in the node: without one, nothing in it can carry the field. */
  private mentionsCarrier(node: ts.Node, carriers: Carriers): boolean {
    return this.namesOf(node).some((name) => carriers.hasName(name));
  }

  /** The identifier names in a node, each once: walked once per node. */
  private namesOf(node: ts.Node): readonly string[] {
    let names = this.namesIn.get(node);
    if (!names) {
      const found = new Set<string>();
      const visit = (child: ts.Node): void => {
        if (ts.isIdentifier(child)) found.add(child.text);
        ts.forEachChild(child, visit);
      };
      visit(node);
      this.namesIn.set(node, (names = [...found]));
    }
    return names;
  }

  private objectHasField(expression: ts.Node, field: IntentField): boolean {
    const known = perField(this.holdsField, field);
    let holds = known.get(expression);
    if (holds === undefined) {
      const type = this.objectTypeOf(expression, field);
      known.set(expression, (holds = type !== undefined && this.declaresField(type, field)));
    }
    return holds;
  }

  /** The expression's type when it is an object that may hold the field (never asked of a string or a literal without it). */
  private objectTypeOf(expression: ts.Node, field: IntentField): ts.Type | undefined {
    if (cannotHoldField(expression, field)) return undefined;
    const type = safeTypeAt(this.checker, expression);
    return type && isObjectLike(this.checker, type) ? type : undefined;
  }

  private declaresField(type: ts.Type, field: IntentField): boolean {
    return isObjectLike(this.checker, type) && this.dataProperty(type, field.property)?.declarations?.[0] === field.declaration;
  }

  private referencesCarrier(expression: ts.Node, carriers: Carriers, field: IntentField): boolean {
    if (!this.mentionsCarrier(expression, carriers)) return false;
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(node) && !this.isTransparentCall(node, carriers, field)) {
        found = this.callReturnsDerived(node, carriers, field);
        return;
      }
      if (ts.isIdentifier(node)) {
        if (!carriers.hasName(node.text)) return;
        const declaration = declarationOf(this.symbolOf(node));
        const carrier = declaration && carriers.get(declaration);
        if (carrier === 'value') found = true;
        else if (carrier === 'object') {
          const parent = node.parent;
          // `task.goal` carries the goal; `task.userId` does not; `task` on its own carries it whole.
          if (ts.isPropertyAccessExpression(parent) && parent.expression === node) found = parent.name.text === field.property;
          else found = true;
        } else if (carrier === 'container') {
          found = this.containerReferenceCarries(node, field);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(expression);
    return found;
  }

  /** `ctx` whole and `ctx.task`, `ctx.task.goal` carry the field; `ctx.locale`, `ctx.task.userId` do not. */
  private containerReferenceCarries(node: ts.Identifier, field: IntentField): boolean {
    const parent = node.parent;
    if (!ts.isPropertyAccessExpression(parent) || parent.expression !== node) return true;
    if (!this.containerNames.has(parent.name.text) || !this.objectHasField(parent, field)) return false;
    const outer = parent.parent;
    return ts.isPropertyAccessExpression(outer) && outer.expression === parent ? outer.name.text === field.property : true;
  }

  /**
   * Calls the checker does not resolve into the project pass derivation through when they are a
   * method of a derived value (`goal.trim()`) or a conversion (`String(goal)`); a call to an
   * unknown function (`fetch(url)`) returns something new.
   */
  private isTransparentCall(call: ts.CallExpression, carriers: Carriers, field: IntentField): boolean {
    if (calleesOfCall(this.graph, call).length > 0) return false;
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return CONVERSIONS.has(callee.text);
    if (ts.isPropertyAccessExpression(callee)) {
      if (ts.isIdentifier(callee.expression) && GLOBAL_NAMESPACES.has(callee.expression.text)) return true;
      return this.referencesCarrier(callee.expression, carriers, field);
    }
    return false;
  }

  /** A project call's result is derived when a derived argument reaches a parameter its return value derives from. */
  private callReturnsDerived(call: ts.CallExpression, carriers: Carriers, field: IntentField): boolean {
    const callees = calleesOfCall(this.graph, call);
    return call.arguments.some((argument, index) => {
      if (!this.referencesCarrier(argument, carriers, field)) return false;
      const kind = this.carrierKind(argument, field);
      const key = `${index}:${kind}:${field.id}`;
      const memo = this.callKey(call);
      let known = this.callReturns.get(memo);
      if (!known) this.callReturns.set(memo, (known = new Map()));
      let derived = known.get(key);
      if (derived === undefined) {
        derived = callees.some((callee) => this.returnsDerived(callee, index, field, kind));
        known.set(key, derived);
      }
      return derived;
    });
  }

  /** What a call's answers are kept under: the member a call is dispatched through (every such call runs the same implementations), else the call. */
  private callKey(call: ts.CallExpression | ts.NewExpression): ts.Node {
    return this.graph.dispatchedThrough(call) ?? call;
  }

  private returnsDerived(fn: FunctionNode, index: number, field: IntentField, kind: Carrier): boolean {
    const key = returnKey(fn, index, field.id, kind);
    const known = this.returns.get(key);
    if (known) return known.derived;
    const fact: ReturnFact = { fn, index, field: field.id, kind, derived: false };
    this.noteReturn(key, fact);
    const decl = fn.decl as ts.FunctionLikeDeclaration;
    const parameter = decl.parameters?.[Math.min(index, decl.parameters.length - 1)];
    if (!parameter || !decl.body) return false;
    if (!this.mayReturnFrom(decl.body, parameter)) return false;
    fact.derived = this.bodyReturnsDerived(decl as ts.FunctionLikeDeclaration & { body: ts.ConciseBody }, parameter, field, kind);
    return fact.derived;
  }

  /**
   * Whether a name the parameter's value can reach (through the body's local sites, by name alone)
   * occurs in what the body returns. Without one, the return derives from the parameter for no
   * field and no way of carrying it: `bodyReturnsDerived` binds only names found this way.
   */
  private mayReturnFrom(body: ts.ConciseBody, parameter: ts.ParameterDeclaration): boolean {
    let known = this.returnsFrom.get(parameter);
    if (known === undefined) {
      const reached = new Set<string>();
      addBoundNames(parameter.name, reached);
      const mentions = (node: ts.Node) => this.namesOf(node).some((name) => reached.has(name));
      for (let grew = true; grew; ) {
        grew = false;
        for (const site of this.localSites(body)) {
          if (!mentions(siteSource(site))) continue;
          const before = reached.size;
          if (ts.isVariableDeclaration(site)) addBoundNames(site.name, reached);
          else if (ts.isBinaryExpression(site)) reached.add((site.left as ts.Identifier).text);
          else for (const declaration of ((site as ts.ForInOrOfStatement).initializer as ts.VariableDeclarationList).declarations) addBoundNames(declaration.name, reached);
          grew ||= reached.size > before;
        }
      }
      known = this.returnedExpressions(body).some(mentions);
      this.returnsFrom.set(parameter, known);
    }
    return known;
  }

  /** What a body returns: its expression, or the expressions of its own `return` statements (not those of nested functions). */
  private returnedExpressions(body: ts.ConciseBody): readonly ts.Node[] {
    if (!ts.isBlock(body)) return [body];
    const found: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node)) {
        if (node.expression) found.push(node.expression);
      } else ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    return found;
  }

  /** Whether what the body returns derives from the parameter carrying the field as `kind` (memoised per function by `returnsDerived`). */
  private bodyReturnsDerived(decl: ts.FunctionLikeDeclaration & { body: ts.ConciseBody }, parameter: ts.ParameterDeclaration, field: IntentField, kind: Carrier): boolean {
    const carriers = new Carriers();
    this.addBinding(parameter.name, field, kind, carriers);
    for (let round = 0; round < 5 && this.propagateLocals(decl.body, field, carriers); round++);
    let derived = false;
    if (!ts.isBlock(decl.body)) derived = this.referencesCarrier(decl.body, carriers, field);
    else {
      const visit = (node: ts.Node): void => {
        if (derived || ts.isFunctionLike(node)) return;
        if (ts.isReturnStatement(node) && node.expression) derived = this.referencesCarrier(node.expression, carriers, field);
        else ts.forEachChild(node, visit);
      };
      ts.forEachChild(decl.body, visit);
    }
    return derived;
  }

  private symbolOf(identifier: ts.Identifier): ts.Symbol | undefined {
    if (this.symbols.has(identifier)) return this.symbols.get(identifier);
    const symbol = this.askSymbol(identifier);
    this.symbols.set(identifier, symbol);
    return symbol;
  }

  private askSymbol(identifier: ts.Identifier): ts.Symbol | undefined {
    const parent = identifier.parent;
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === identifier) return this.checker.getShorthandAssignmentValueSymbol(parent);
    if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return undefined;
    return this.checker.getSymbolAtLocation(identifier);
  }
}

/** What a local site (`localSites`) takes its value from: the initializer, the right side, or the collection looped over. */
function siteSource(site: ts.Node): ts.Node {
  if (ts.isVariableDeclaration(site)) return site.initializer!;
  if (ts.isBinaryExpression(site)) return site.right;
  return (site as ts.ForInOrOfStatement).expression;
}

/** The identifier names a binding name declares (`x`, or each name of `{ a, b: [c] }`). */
function addBoundNames(name: ts.BindingName, names: Set<string>): void {
  if (ts.isIdentifier(name)) names.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBoundNames(element.name, names);
}

/** A field's own map in a map of answers kept per field. */
function perField<K, T>(maps: Map<string, Map<K, T>>, field: IntentField): Map<K, T> {
  let map = maps.get(field.id);
  if (!map) maps.set(field.id, (map = new Map()));
  return map;
}

/** The declaration a carrier is known by (a parameter, variable or binding element). */
function declarationOf(symbol: ts.Symbol | undefined): ts.Node | undefined {
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

const PRIMITIVE_KEYWORDS = new Set([
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.BigIntKeyword,
  ts.SyntaxKind.SymbolKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.NeverKeyword,
]);

/** A parameter declared `string`, `number`, … can hold no intent field: no need to ask the checker. */
function isPrimitiveKeyword(type: ts.TypeNode): boolean {
  return PRIMITIVE_KEYWORDS.has(type.kind) || ts.isLiteralTypeNode(type);
}

/**
 * Read off the syntax, without asking the checker (which would check a literal argument against
 * its call's resolved signature): a string, a template or a function holds no field, and an object
 * literal without spreads holds only properties declared in itself.
 */
function cannotHoldField(expression: ts.Node, field: IntentField): boolean {
  let inner = expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isTemplateExpression(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isStringLiteral(inner)) return true;
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return true;
  if (!ts.isObjectLiteralExpression(inner) || inner.properties.some(ts.isSpreadAssignment)) return false;
  const declaration = field.declaration;
  return declaration.getSourceFile() !== inner.getSourceFile() || declaration.pos < inner.pos || declaration.end > inner.end;
}

function givesToRedone(gaveTo: ReadonlySet<FunctionNode>, kept: ReadonlyMap<FunctionNode, TreeFacts>): boolean {
  for (const target of gaveTo) if (!kept.has(target)) return true;
  return false;
}
