import type ts from 'typescript';
import type { Boundary } from '../boundaries/boundary.js';
import { sourceFileOf } from '../program/source-file-of.js';

/**
 * What a check reports on: every file (the CLI), or the files ESLint is linting. The analysis
 * itself is whole-program; only where findings land is narrowed.
 */
export interface CheckScope {
  files: readonly ts.SourceFile[];
  /** The boundaries whose crossing is written in one of `files`. */
  boundaries: readonly Boundary[];
  includes(sourceFile: ts.SourceFile): boolean;
}

export function checkScope(files: readonly ts.SourceFile[], boundariesByFile: ReadonlyMap<ts.SourceFile, readonly Boundary[]>): CheckScope {
  const set = new Set(files);
  return {
    files,
    boundaries: files.flatMap((file) => boundariesByFile.get(file) ?? []),
    includes: (sourceFile) => set.has(sourceFile),
  };
}

/** Boundaries grouped by the file their crossing is written in, in their original order. */
export function boundariesByFile(boundaries: readonly Boundary[]): Map<ts.SourceFile, Boundary[]> {
  const byFile = new Map<ts.SourceFile, Boundary[]>();
  for (const boundary of boundaries) {
    const file = sourceFileOf(boundary.site);
    const list = byFile.get(file);
    if (list) list.push(boundary);
    else byFile.set(file, [boundary]);
  }
  return byFile;
}
