import type ts from 'typescript';
import type { Boundary } from './boundaries/boundary.js';
import type { CallGraph } from './callgraph/call-graph.js';
import type { ComponentRegistry } from './components/component-registry.js';
import type { ResolvedConfig } from './config/config.js';
import type { DiagnosticInfo } from './model.js';
import type { FrameworkRegistry } from './frameworks/framework-registry.js';
import type { BuiltValues } from './exposure/built-values.js';
import type { IntentFlow } from './exposure/intent-flow.js';
import type { ReadSummaries } from './exposure/read-summaries.js';
import type { TypeRoles } from './types/type-roles.js';
import type { TierModel } from './tiers/tier-model.js';

/** Everything the checks read; built once per program, in the order of DESIGN.md §2. */
export interface AnalysisContext {
  program: ts.Program;
  checker: ts.TypeChecker;
  config: ResolvedConfig;
  rootDir: string;
  files: readonly ts.SourceFile[];
  isProjectFile(sourceFile: ts.SourceFile): boolean;
  graph: CallGraph;
  tiers: TierModel;
  components: ComponentRegistry;
  /** Every boundary in source order, with ids (`b1`, …), the components' ids given too: ordered on first read, which only the report needs. */
  boundaries: Boundary[];
  /** Every boundary in the order found, without ids: for what needs no order (one file's checks, a set of senders). */
  boundariesFound: readonly Boundary[];
  types: TypeRoles;
  reads: ReadSummaries;
  /** Where values crossing into models were built (locals, pushes, helpers). */
  built: BuiltValues;
  intent: IntentFlow;
  diagnostics: DiagnosticInfo[];
  frameworks: FrameworkRegistry;
}
