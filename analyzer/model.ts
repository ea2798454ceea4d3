/**
 * The public data model of an analysis: what the JSON report (DESIGN.md §7) serialises and
 * what every reporter and ESLint rule consumes. Internal analyzer state (ts nodes, graphs)
 * never appears here, so reporters can be tested on plain objects.
 */

export const RULE_IDS = [
  'no-context-passthrough',
  'no-conversation-passthrough',
  'no-undeclared-exposure',
  'require-boundary-contract',
  'preserve-reshimu',
  'no-tier-skip',
  'no-upward-dependency',
  'no-unused-exposure',
  'no-sensitive-exposure',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Severity as configured (config file `rules`, ESLint levels). */
export type RuleLevel = 'off' | 'warn' | 'error';

/** Severity of a reported finding. */
export type FindingSeverity = 'error' | 'warning';

export type ComponentKind =
  | 'agent'
  | 'tool'
  | 'graph'
  | 'node'
  | 'workflow'
  | 'step'
  | 'model-call'
  | 'function';

/** `code` is a component found through JSDoc tags, config globs or plain calls. */
export type FrameworkName = 'openai-agents' | 'langgraph' | 'mastra' | 'ai-sdk' | 'code';

export type BoundaryKind =
  | 'call'
  | 'tool'
  | 'handoff'
  | 'agent-as-tool'
  | 'subagent'
  | 'node'
  | 'subgraph'
  | 'step'
  | 'model';

export interface TierInfo {
  name: string;
  /** 0 is the top of the stack. */
  rank: number;
  /** True when the tier comes from the config or `@tier` tags, false when inferred. */
  declared: boolean;
}

export interface ComponentInfo {
  id: string;
  kind: ComponentKind;
  name: string;
  /** Null for model calls (the model is outside the stack) and untiered functions. */
  tier: string | null;
  framework: FrameworkName;
  file: string;
  line: number;
}

export interface BoundaryChecks {
  declared: boolean;
  calibrated: boolean;
  preserving: boolean;
  directed: boolean;
}

export interface BoundaryInfo {
  id: string;
  from: string;
  to: string;
  kind: BoundaryKind;
  file: string;
  line: number;
  /** Name of the receiver's contract (type or schema), or null when it declares none. */
  contract: string | null;
  /** Access paths that cross, e.g. `ctx.user.email`; `ctx.*` when the argument is any/unknown. */
  exposed: string[];
  /** Access paths, relative to the crossing values, that the receiver (transitively) reads. */
  read: string[];
  checks: BoundaryChecks;
}

export interface FindingInfo {
  ruleId: RuleId;
  severity: FindingSeverity;
  message: string;
  /** Relative to the tsconfig's directory, with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  /** 1-based and exclusive (one past the last character), as in ESLint messages and SARIF. */
  endColumn: number;
  boundary: string | null;
  /** Stable across unrelated edits: hash of rule, file, enclosing function and crossing expression text. */
  fingerprint: string;
}

export interface DiagnosticInfo {
  severity: 'error' | 'warning' | 'info';
  file: string;
  line?: number;
  message: string;
}

/** The Reshimu trail of one intent field: where it starts, the path it takes, where it is lost. */
export interface ReshimuTrail {
  /** `Task.goal` */
  field: string;
  file: string;
  line: number;
  /** Component ids from the holder down to the bottom of the path. */
  path: string[];
  /** Boundary ids along the path. */
  boundaries: string[];
  /** The boundary where the intent is lost, or null when it reaches the bottom. */
  lostAt: string | null;
}

export interface AnalysisSummary {
  components: number;
  boundaries: number;
  designed: number;
  findings: { error: number; warning: number };
  /** Present when a baseline suppressed findings. */
  suppressed?: number;
}

export interface AnalysisReport {
  schemaVersion: 1;
  tool: { name: 'tzimtzum'; version: string };
  tiers: TierInfo[];
  components: ComponentInfo[];
  boundaries: BoundaryInfo[];
  findings: FindingInfo[];
  diagnostics: DiagnosticInfo[];
  reshimu: ReshimuTrail[];
  summary: AnalysisSummary;
}
