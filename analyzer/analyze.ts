import ts from './typescript.cjs';
import { fileGlob } from './config/file-globs.js';
import type { AnalysisContext } from './analysis-context.js';
import { boundaryFile, type Boundary } from './boundaries/boundary.js';
import { findCallBoundaries } from './boundaries/find-call-boundaries.js';
import { buildCallGraph } from './callgraph/call-graph.js';
import { ResolutionCache } from './incremental/resolution-cache.js';
import { ComponentRegistry, sortByPosition } from './components/component-registry.js';
import type { ResolvedConfig } from './config/config.js';
import { CHECKS } from './findings/checks.js';
import type { Finding } from './findings/finding.js';
import { BoundariesByFile, checkScope } from './findings/check-scope.js';
import type { DiagnosticInfo } from './model.js';
import { projectSourceFiles, relativePath } from './program/project-files.js';
import { nothingRecognised } from './components/nothing-recognised.js';
import { sourceDiagnostics } from './program/source-diagnostics.js';
import { assignDeclaredTiers, hasDeclaredTiers } from './tiers/declared-tiers.js';
import { inferTiers } from './tiers/infer-tiers.js';
import { findDelegations, type Delegation } from './tiers/delegations.js';
import { findReturns } from './tiers/find-returns.js';
import type { FrameworkEdge } from './frameworks/framework-adapter.js';
import type { FunctionNode } from './callgraph/function-node.js';
import type { TierModel } from './tiers/tier-model.js';
import type { CallGraph } from './callgraph/call-graph.js';
import { functionOwners, type Owner } from './components/function-owners.js';
import { qualifyCollidingNames } from './components/qualify-names.js';
import { FrameworkRegistry } from './frameworks/framework-registry.js';
import { FRAMEWORK_ADAPTERS } from './frameworks/adapters.js';
import { findFrameworkBoundaries } from './boundaries/find-framework-boundaries.js';
import { TypeRoles } from './types/type-roles.js';
import { IntentFlow } from './exposure/intent-flow.js';
import { declaredIntentNames, intentContainerNames } from './exposure/intent-names.js';
import { ReadSummaries } from './exposure/read-summaries.js';
import { BuiltValues } from './exposure/built-values.js';

/**
 * The result of analysing one program. The structure (components, tiers, boundaries) is built
 * at once; findings are computed when asked for, for the whole program or for one file, so that
 * an editor linting one file pays only for the checks whose findings land there.
 */
export class Analysis {
  private all?: Finding[];
  private readonly byFile = new Map<ts.SourceFile, Finding[]>();
  private boundariesByFile?: BoundariesByFile;

  constructor(
    readonly context: AnalysisContext,
    /** What the checker answered, for the next analysis of the same project to reuse. */
    readonly resolutions: ResolutionCache,
  ) {}

  /** Findings of all rules in every project file, whatever their configured level; sorted by file and position. */
  get findings(): Finding[] {
    return (this.all ??= this.run(this.context.files));
  }

  /** Findings of all rules located in one file. */
  findingsIn(sourceFile: ts.SourceFile): Finding[] {
    if (this.all) return this.all.filter((f) => f.sourceFile === sourceFile);
    let found = this.byFile.get(sourceFile);
    if (!found) {
      found = this.context.isProjectFile(sourceFile) ? this.run([sourceFile]) : [];
      this.byFile.set(sourceFile, found);
    }
    return found;
  }

  private run(files: readonly ts.SourceFile[]): Finding[] {
    const scope = checkScope(files, (this.boundariesByFile ??= new BoundariesByFile(this.context.boundariesFound)));
    const findings = Object.values(CHECKS).flatMap((check) => check(this.context, scope));
    findings.sort((a, b) =>
      a.sourceFile.fileName === b.sourceFile.fileName ? a.start - b.start || a.ruleId.localeCompare(b.ruleId) : a.sourceFile.fileName < b.sourceFile.fileName ? -1 : 1,
    );
    // One finding per crossing expression per rule (DESIGN.md §6), even when it crosses into several receivers.
    return findings.filter((f, i) => {
      const previous = findings[i - 1];
      return !previous || previous.sourceFile !== f.sourceFile || previous.start !== f.start || previous.end !== f.end || previous.ruleId !== f.ruleId;
    });
  }
}

/**
 * Runs the pipeline of DESIGN.md §2 on a program: components → call graph → tiers →
 * boundaries → findings. Never throws for problems in the analysed code; a config problem
 * (a `@tier` naming no tier) is a UsageError.
 */
export interface AnalyzeOptions {
  /** The resolution cache of the previous analysis of this project (an editor re-linting after an edit). */
  previous?: ResolutionCache;
  /** False when no analysis will start from this one (a CLI run): what only a next analysis reuses is not kept. */
  keepForNext?: boolean;
}

export function analyzeProgram(program: ts.Program, config: ResolvedConfig, rootDir: string, options: AnalyzeOptions = {}): Analysis {
  const files = projectSourceFiles(program).filter(notIgnored(config));
  const resolutions = ResolutionCache.next(options.previous, files);
  resolutions.keepsForNext = options.keepForNext !== false;
  const diagnostics: DiagnosticInfo[] = sourceDiagnostics(program, files, rootDir, resolutions);
  const graph = buildCallGraph(program, files, resolutions);
  const checker = program.getTypeChecker();
  const components = new ComponentRegistry();
  components.addTaggedFunctions(graph);
  const frameworks = new FrameworkRegistry(checker, graph, files, components, resolutions, diagnostics, rootDir);
  frameworks.run(FRAMEWORK_ADAPTERS, program);
  qualifyCollidingNames(components.all);

  const { tiers, returns } = assignTiers(config, graph, components, frameworks, rootDir, diagnostics);
  const found = [...findCallBoundaries(graph, tiers, components), ...findFrameworkBoundaries(frameworks, graph, tiers, components, returns)];
  components.seal();
  const silent = nothingRecognised(components.all, frameworks.modelCalls.length, FRAMEWORK_ADAPTERS, frameworks.loadedPackages, tsconfigName(program, rootDir));
  if (silent) diagnostics.push(silent);

  const types = new TypeRoles(config);
  const fileSet = new Set(files);
  let intent: IntentFlow | undefined;
  let ordered: Boundary[] | undefined;
  const context: AnalysisContext = {
    program,
    checker,
    config,
    rootDir,
    files,
    isProjectFile: (sourceFile) => fileSet.has(sourceFile),
    graph,
    tiers,
    components,
    get boundaries() {
      return (ordered ??= orderBoundaries(found, components));
    },
    boundariesFound: found,
    types,
    reads: new ReadSummaries(checker, graph),
    built: new BuiltValues(checker, graph),
    // Following intent is whole-program work that only preserve-reshimu and the trails need.
    get intent() {
      if (intent) return intent;
      const names = declaredIntentNames(config, program);
      return (intent = new IntentFlow(checker, graph, types, resolutions, names, intentContainerNames(program, names)));
    },
    diagnostics,
    frameworks,
  };
  return new Analysis(context, resolutions);
}

/**
 * Declared tiers when the config or a `@tier` tag declares any; otherwise inferred from delegation.
 * Either way, handoffs that return the conversation to where it came from are found, so that no
 * rule judges them.
 */
function assignTiers(
  config: ResolvedConfig,
  graph: CallGraph,
  components: ComponentRegistry,
  frameworks: FrameworkRegistry,
  rootDir: string,
  diagnostics: DiagnosticInfo[],
): { tiers: TierModel; returns: Set<FrameworkEdge> } {
  const declared = hasDeclaredTiers(config, graph);
  const hasHandoffs = frameworks.edges.some((edge) => edge.kind === 'handoff');
  const owners = !declared || hasHandoffs ? functionOwners(graph, components.all) : new Map<FunctionNode, Owner>();
  // Declared tiers without handoffs need no delegation structure (a walk of every call edge).
  const structure = !declared || hasHandoffs ? findDelegations(graph, components.all, frameworks, owners) : undefined;
  const returnDelegations = hasHandoffs && structure ? findReturns(components.all, structure) : new Set<Delegation>();
  const returns = new Set([...returnDelegations].flatMap((d) => (d.edge ? [d.edge] : [])));
  if (declared) {
    const tiers = assignDeclaredTiers(config, graph, components.all, rootDir, diagnostics);
    for (const component of components.all) {
      if (component.kind === 'model-call') continue;
      component.tier = tiers.tierOfComponent(component);
    }
    components.setTiers(tiers);
    return { tiers, returns };
  }
  const inferred = inferTiers(components.all, structure!, returnDelegations, owners);
  components.setTiers(inferred.tiers, inferred.owners);
  return { tiers: inferred.tiers, returns };
}

function tsconfigName(program: ts.Program, rootDir: string): string {
  const configFile = program.getCompilerOptions().configFilePath;
  return typeof configFile === 'string' ? relativePath(rootDir, configFile) : 'tsconfig.json';
}

/** The boundaries in source order, with ids; the components are given theirs first, as a boundary's ends are named by them. */
function orderBoundaries(found: readonly Boundary[], components: ComponentRegistry): Boundary[] {
  components.inSourceOrder();
  const boundaries = [...found];
  sortByPosition(boundaries, (boundary) => boundary.site, boundaryFile);
  boundaries.forEach((boundary, i) => (boundary.id = `b${i + 1}`));
  return boundaries;
}

function notIgnored(config: ResolvedConfig): (sourceFile: ts.SourceFile) => boolean {
  const ignored = (config.config.ignore ?? []).map((glob) => fileGlob(config.baseDir, glob));
  if (ignored.length === 0) return () => true;
  return (sourceFile) => !ignored.some((matches) => matches(sourceFile.fileName));
}
