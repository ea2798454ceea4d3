/**
 * The checker floor of an audit: the time of the program, its binding and the type checker's
 * answers the audit asks for, with none of tzimtzum's own work. An audit can come no closer to
 * `tsc --noEmit` than this without asking the checker less.
 *
 * `recordCheckerQueries` runs the audit in-process with the checker's methods wrapped, and notes
 * every question asked about a node. `replayCheckerQueries` asks them again, in the same order, of
 * a fresh program: run in a fresh process, its time is the floor.
 */
import { performance } from 'node:perf_hooks';
import ts from '../analyzer/typescript.cjs';
import { analyzeProject, buildReport, ruleLevels } from '../analyzer/index.js';
import { loadProgram, type LoadedProgram } from '../analyzer/program/load-program.js';

/** One question to the checker about a node: the method, and the node by file, range and kind. */
export interface CheckerQuery {
  method: string;
  file: string;
  pos: number;
  end: number;
  kind: ts.SyntaxKind;
  /** The arguments after the node, when there are any (only plain values: a question with another object in it is not noted). */
  rest?: Array<string | number | boolean | undefined>;
}

/** The questions the audit (analysis, every finding, the report) asks the checker about nodes, in order. */
export function recordCheckerQueries(tsconfig: string): CheckerQuery[] {
  const queries: CheckerQuery[] = [];
  const record = (loaded: LoadedProgram): LoadedProgram => {
    wrapChecker(loaded.program.getTypeChecker(), (method, node, rest) => {
      const query: CheckerQuery = { method, file: node.getSourceFile().fileName, pos: node.pos, end: node.end, kind: node.kind };
      if (rest.length > 0) query.rest = rest;
      queries.push(query);
    });
    return loaded;
  };
  const project = analyzeProject({ tsconfig, loadProgram: (file) => record(loadProgram(file)) });
  buildReport(project.analysis, { levels: ruleLevels(project.config.config) });
  return queries;
}

/**
 * Wraps every method of the checker: `onNodeQuery` hears each call whose first argument is a node
 * and whose others are plain values. The checker's methods call its inner functions, never each
 * other, so every call heard is one the audit made.
 */
function wrapChecker(checker: ts.TypeChecker, onNodeQuery: (method: string, node: ts.Node, rest: NonNullable<CheckerQuery['rest']>) => void): void {
  const methods = checker as unknown as Record<string, unknown>;
  for (const [method, original] of Object.entries(methods)) {
    if (typeof original !== 'function') continue;
    methods[method] = function (this: unknown, ...args: unknown[]): unknown {
      const rest = args.slice(1);
      if (isNode(args[0]) && rest.every(isPlain)) onNodeQuery(method, args[0], rest as NonNullable<CheckerQuery['rest']>);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

function isPlain(value: unknown): value is string | number | boolean | undefined {
  return value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isNode(value: unknown): value is ts.Node {
  return typeof value === 'object' && value !== null && typeof (value as ts.Node).kind === 'number' && typeof (value as ts.Node).getSourceFile === 'function';
}

/** The node of `sourceFile` with exactly this range and kind: found by descending into the children that hold the range. */
export function nodeAt(sourceFile: ts.SourceFile, pos: number, end: number, kind: ts.SyntaxKind): ts.Node | undefined {
  if (sourceFile.pos === pos && sourceFile.end === end && sourceFile.kind === kind) return sourceFile;
  let current: ts.Node | undefined = sourceFile;
  while (current) {
    const holder: ts.Node | undefined = ts.forEachChild(current, (child) => (child.pos <= pos && end <= child.end ? child : undefined));
    if (holder && holder.pos === pos && holder.end === end && holder.kind === kind) return holder;
    current = holder;
  }
  return undefined;
}

export interface ReplayOutcome {
  queries: number;
  /** Queries whose node was not found in the fresh program (none, when it is the same project). */
  missing: number;
  /** Time spent finding the nodes, not the checker's: the floor leaves it out. */
  lookupMs: number;
  /** The replaying process's peak resident set: the program, its binding, the checker's answers, and the recorded questions themselves. */
  peakRssBytes: number;
}

/** Builds the program afresh and asks the checker the recorded questions, in order. */
export function replayCheckerQueries(tsconfig: string, queries: readonly CheckerQuery[]): ReplayOutcome {
  const { program } = loadProgram(tsconfig);
  const checker = program.getTypeChecker() as unknown as Record<string, (node: ts.Node, ...rest: unknown[]) => unknown>;
  const lookupStart = performance.now();
  const nodes = queries.map((query) => {
    const sourceFile = program.getSourceFile(query.file);
    return sourceFile && nodeAt(sourceFile, query.pos, query.end, query.kind);
  });
  const lookupMs = performance.now() - lookupStart;
  let missing = 0;
  queries.forEach((query, index) => {
    const node = nodes[index];
    if (!node) {
      missing++;
      return;
    }
    try {
      checker[query.method]!.call(checker, node, ...(query.rest ?? []));
    } catch {
      // The audit survives a checker fault on odd code; so does its floor.
    }
  });
  // maxRSS is in kilobytes.
  return { queries: queries.length, missing, lookupMs, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
