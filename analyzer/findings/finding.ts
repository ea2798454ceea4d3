import type ts from 'typescript';
import type { Boundary } from '../boundaries/boundary.js';
import type { RuleId } from '../model.js';
import type { AnalysisContext } from '../analysis-context.js';
import { relativePath } from '../program/project-files.js';

/** A text edit offered as an ESLint suggestion. */
export interface FindingSuggestion {
  message: string;
  start: number;
  end: number;
  replacement: string;
}

/** A finding as the analyzer produces it, positioned by offsets in its source file. */
export interface Finding {
  ruleId: RuleId;
  message: string;
  sourceFile: ts.SourceFile;
  start: number;
  end: number;
  boundary?: Boundary;
  suggestion?: FindingSuggestion;
}

/** The crossing expression of a finding about a whole boundary: its arguments, else the call. */
export function crossingRange(boundary: Boundary): { start: number; end: number } {
  const sourceFile = boundary.site.getSourceFile();
  const args = boundary.args;
  if (args.length > 0) return { start: args[0]!.getStart(sourceFile), end: args[args.length - 1]!.getEnd() };
  return { start: boundary.site.getStart(sourceFile), end: boundary.site.getEnd() };
}

export function findingAt(ruleId: RuleId, node: ts.Node, message: string, boundary?: Boundary): Finding {
  const sourceFile = node.getSourceFile();
  return { ruleId, message, sourceFile, start: node.getStart(sourceFile), end: node.getEnd(), boundary };
}

export function findingAtBoundary(ruleId: RuleId, boundary: Boundary, message: string): Finding {
  return { ruleId, message, sourceFile: boundary.site.getSourceFile(), ...crossingRange(boundary), boundary };
}

/** `handleTicket (orchestrator) → triage (council)` */
export function endsOf(boundary: Boundary): string {
  return `${boundary.from.name} (${boundary.fromTier ?? 'untiered'}) → ${boundary.to.name} (${boundary.toTier ?? 'model'})`;
}

/** `support.ts:5`: where the built value crosses. */
export function sinkLocation(context: AnalysisContext, sink: ts.Expression): string {
  const sourceFile = sink.getSourceFile();
  const line = sourceFile.getLineAndCharacterOfPosition(sink.getStart(sourceFile)).line + 1;
  return `${relativePath(context.rootDir, sourceFile.fileName)}:${line}`;
}
