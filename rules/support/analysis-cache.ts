import * as path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { analyzeProgram, type Analysis } from '../../analyzer/analyze.js';
import type { ResolvedConfig } from '../../analyzer/config/config.js';
import { findConfigFile, loadConfigFile, validateConfig } from '../../analyzer/config/load-config.js';
import type { Finding } from '../../analyzer/findings/finding.js';
import type { RuleId } from '../../analyzer/model.js';
import type { ResolutionCache } from '../../analyzer/incremental/resolution-cache.js';

export const MISSING_TYPE_INFORMATION =
  'tzimtzum rules need type information. Enable it in your ESLint config: ' +
  "languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } " +
  '(typescript-eslint), or `parserOptions.project` with a tsconfig path.';

interface CachedAnalysis {
  settingsKey: string;
  analysis: Analysis;
}

/** One analysis per `ts.Program` (and per settings), shared by every rule and every file linted with it. */
const cache = new WeakMap<ts.Program, CachedAnalysis>();

/**
 * What the latest analysis of each project (by tsconfig) keeps for the next: the editor hands a
 * new program after each edit, reusing unchanged SourceFiles, and the new analysis reuses what
 * was found of them. Only the per-file cache is kept, not the analysis: that would keep the
 * previous program and its type checker alive after the editor has let go of them.
 */
const latestByProject = new Map<string, { settingsKey: string; resolutions: ResolutionCache }>();
/** Each entry holds every project file's syntax: a process linting many projects (a monorepo) keeps only the most recent. */
const MAX_PROJECTS = 4;

/** What the most recent analysis made in this process walked and reused (for tests and benches). */
export interface AnalysisWork {
  /** Project files whose syntax was walked (the rest were indexed by an earlier program). */
  indexedFiles: number;
  /** Project files whose checker answers came from an earlier program. */
  reusedFiles: number;
  /** Project files whose calls were turned into call-graph edges. */
  edgeFiles: number;
}
let latestWork: AnalysisWork | undefined;

export function latestAnalysisWork(): AnalysisWork | undefined {
  return latestWork;
}

/** Forgets what earlier analyses kept for the next (tests compare a re-lint with a fresh lint). */
export function forgetPreviousAnalyses(): void {
  latestByProject.clear();
}

/** The findings of one rule in the file being linted. */
export function findingsInFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, ruleId: RuleId): Finding[] {
  const services = context.sourceCode.parserServices;
  const program = services?.program as ts.Program | null | undefined;
  if (!program || !services?.esTreeNodeToTSNodeMap) throw new Error(MISSING_TYPE_INFORMATION);
  const sourceFile = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast) as unknown as ts.SourceFile;
  const cached = analysisFor(program, context.settings);
  return cached.analysis.findingsIn(sourceFile).filter((finding) => finding.ruleId === ruleId);
}

function analysisFor(program: ts.Program, settings: Record<string, unknown>): CachedAnalysis {
  const settingsKey = JSON.stringify(settings.tzimtzum ?? null);
  const cached = cache.get(program);
  if (cached && cached.settingsKey === settingsKey) return cached;
  const rootDir = programRootDir(program);
  const projectKey = String(program.getCompilerOptions().configFilePath ?? rootDir);
  const latest = latestByProject.get(projectKey);
  const previous = latest && latest.settingsKey === settingsKey ? latest.resolutions : undefined;
  const analysis = analyzeProgram(program, configFor(settings.tzimtzum, rootDir), rootDir, { previous });
  const entry = { settingsKey, analysis };
  const { indexedFiles, reusedFiles, edgeFiles } = analysis.resolutions;
  latestWork = { indexedFiles, reusedFiles, edgeFiles };
  cache.set(program, entry);
  latestByProject.delete(projectKey);
  latestByProject.set(projectKey, { settingsKey, resolutions: analysis.resolutions });
  if (latestByProject.size > MAX_PROJECTS) latestByProject.delete(latestByProject.keys().next().value!);
  return entry;
}

/** ESLint `settings.tzimtzum` wins over `tzimtzum.config.json`, which is found by walking up from the tsconfig. */
function configFor(settings: unknown, rootDir: string): ResolvedConfig {
  if (settings !== undefined) return { config: validateConfig(settings, 'ESLint settings.tzimtzum'), baseDir: rootDir };
  const file = findConfigFile(rootDir);
  return file ? loadConfigFile(file) : { config: {}, baseDir: rootDir };
}

/** Report paths are relative to the tsconfig's folder, as in the CLI. */
function programRootDir(program: ts.Program): string {
  const configFilePath = program.getCompilerOptions().configFilePath;
  return typeof configFilePath === 'string' ? path.dirname(configFilePath) : program.getCurrentDirectory();
}
