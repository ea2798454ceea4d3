import type ts from 'typescript';
import type { FunctionDeclarationLike } from '../callgraph/function-node.js';
import type { ResolvedDeclaration } from '../frameworks/resolved-declaration.js';
import { declarationSurface } from './declaration-surface.js';

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
  targets?: FunctionDeclarationLike[];
  dispatched?: ts.Declaration;
  /** Per argument: the project functions it refers to (callbacks handed over). */
  references?: Map<ts.Expression, FunctionDeclarationLike[]>;
  framework?: ResolvedDeclaration | null;
  /** For a function declaration: its parameters that receive intent fields. */
  intentSeeds?: IntentSeed[];
}

/**
 * Type-checker answers of one program, kept per SourceFile so that the next program (an editor
 * re-lints after each keystroke, reusing every unchanged SourceFile) asks the checker again only
 * about what an edit can change: the edited files, and calls resolved into them. Anything that
 * changes a file's declaration surface (its text outside function bodies) starts afresh.
 */
export class ResolutionCache {
  private readonly byFile = new Map<ts.SourceFile, Map<ts.Node, CallResolution>>();
  /** Files whose entries came from an earlier program: the measure of what was reused. */
  reusedFiles = 0;

  /** The cache for `files` given the previous program's cache, keeping what the change cannot affect. */
  static next(previous: ResolutionCache | undefined, files: readonly ts.SourceFile[]): ResolutionCache {
    const cache = new ResolutionCache();
    if (!previous) return cache;
    const oldByName = new Map([...previous.byFile.keys()].map((sf) => [sf.fileName, sf]));
    const current = new Set(files);
    const changed = new Set<string>();
    for (const sourceFile of files) {
      if (previous.byFile.has(sourceFile)) continue;
      const old = oldByName.get(sourceFile.fileName);
      // A new file, or a changed surface, may change how anything resolves.
      if (!old || declarationSurface(old) !== declarationSurface(sourceFile)) return cache;
      changed.add(sourceFile.fileName);
    }
    for (const [sourceFile] of previous.byFile) {
      if (!current.has(sourceFile) && !changed.has(sourceFile.fileName)) return cache;
    }
    for (const [sourceFile, entries] of previous.byFile) {
      if (!current.has(sourceFile)) continue;
      const kept = new Map<ts.Node, CallResolution>();
      for (const [call, resolution] of entries) if (!pointsInto(resolution, changed)) kept.set(call, resolution);
      cache.byFile.set(sourceFile, kept);
      cache.reusedFiles++;
    }
    return cache;
  }

  get(call: ts.Node): CallResolution | undefined {
    return this.byFile.get(call.getSourceFile())?.get(call);
  }

  /** The entry of a call, made on first use. */
  entry(call: ts.Node): CallResolution {
    const sourceFile = call.getSourceFile();
    let entries = this.byFile.get(sourceFile);
    if (!entries) {
      entries = new Map();
      this.byFile.set(sourceFile, entries);
    }
    let resolution = entries.get(call);
    if (!resolution) {
      resolution = {};
      entries.set(call, resolution);
    }
    return resolution;
  }

  /** Makes sure every project file has an entry map, so that the next program can tell which files it saw. */
  track(files: readonly ts.SourceFile[]): void {
    for (const sourceFile of files) if (!this.byFile.has(sourceFile)) this.byFile.set(sourceFile, new Map());
  }
}

/** Whether a cached answer names a declaration of a file that has changed (its nodes are the old ones). */
function pointsInto(resolution: CallResolution, changed: ReadonlySet<string>): boolean {
  const inChanged = (node: ts.Node) => changed.has(node.getSourceFile().fileName);
  if (resolution.targets?.some(inChanged)) return true;
  if (resolution.dispatched && inChanged(resolution.dispatched)) return true;
  for (const targets of resolution.references?.values() ?? []) if (targets.some(inChanged)) return true;
  return resolution.intentSeeds?.some((seed) => inChanged(seed.declaration)) ?? false;
}
