import type ts from 'typescript';
import { boundaryFile, type Boundary } from '../boundaries/boundary.js';

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

export function checkScope(files: readonly ts.SourceFile[], boundaries: BoundariesByFile): CheckScope {
  const set = new Set(files);
  return {
    files,
    boundaries: files.flatMap((file) => boundaries.of(file)),
    includes: (sourceFile) => set.has(sourceFile),
  };
}

/**
 * Boundaries grouped by the file their crossing is written in, each file's in source order (as
 * in the analysis's whole order, which only the report needs): sorted when a file is first asked
 * for, so that linting one file sorts one file's boundaries.
 */
export class BoundariesByFile {
  private readonly byFile = new Map<ts.SourceFile, Boundary[]>();
  private readonly sorted = new Set<ts.SourceFile>();

  constructor(boundaries: readonly Boundary[]) {
    for (const boundary of boundaries) {
      const file = boundaryFile(boundary);
      const list = this.byFile.get(file);
      if (list) list.push(boundary);
      else this.byFile.set(file, [boundary]);
    }
  }

  of(file: ts.SourceFile): readonly Boundary[] {
    const list = this.byFile.get(file);
    if (!list) return [];
    if (!this.sorted.has(file)) {
      // Stable: boundaries at the same site keep the order they were found in.
      list.sort((a, b) => a.site.pos - b.site.pos || a.site.end - b.site.end);
      this.sorted.add(file);
    }
    return list;
  }
}
