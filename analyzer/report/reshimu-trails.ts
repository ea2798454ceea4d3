import type { AnalysisContext } from '../analysis-context.js';
import type { Boundary } from '../boundaries/boundary.js';
import type { FunctionNode } from '../callgraph/function-node.js';
import { findIntentLosses, preservedPath } from '../exposure/intent-losses.js';
import type { ReshimuTrail } from '../model.js';
import { relativePath } from '../program/project-files.js';

/** The Reshimu trail of each intent field: every path on which it is lost, or the path on which it is kept. */
export function reshimuTrails(context: AnalysisContext): ReshimuTrail[] {
  const trails: ReshimuTrail[] = [];
  const losses = findIntentLosses(context);
  const along = boundaryIndex(context);
  for (const field of context.intent.fields) {
    const sourceFile = field.declaration.getSourceFile();
    const origin = {
      field: field.id,
      file: relativePath(context.rootDir, sourceFile.fileName),
      line: sourceFile.getLineAndCharacterOfPosition(field.declaration.getStart(sourceFile)).line + 1,
    };
    const lost = losses.filter((loss) => loss.field === field);
    for (const loss of lost) {
      const path = componentIds(context, loss.path);
      if (loss.boundary.kind === 'model') path.push(loss.boundary.to.id);
      trails.push({ ...origin, path: dedupe(path), boundaries: along(loss.path, loss.boundary), lostAt: loss.boundary.id });
    }
    if (lost.length === 0) {
      const kept = preservedPath(context, field);
      trails.push({ ...origin, path: dedupe(componentIds(context, kept.path)), boundaries: kept.boundaries.map((b) => b.id), lostAt: null });
    }
  }
  return trails;
}

function componentIds(context: AnalysisContext, path: readonly FunctionNode[]): string[] {
  return path.map((fn) => context.components.existingForFunction(fn)?.id).filter((id): id is string => Boolean(id));
}

/** The boundaries between functions of a path, and the one where the intent is lost, in report order. */
function boundaryIndex(context: AnalysisContext): (path: readonly FunctionNode[], lostAt: Boundary) => string[] {
  const bySender = new Map<FunctionNode, Boundary[]>();
  const order = new Map<Boundary, number>();
  context.boundaries.forEach((boundary, index) => {
    order.set(boundary, index);
    const list = bySender.get(boundary.sender);
    if (list) list.push(boundary);
    else bySender.set(boundary.sender, [boundary]);
  });
  return (path, lostAt) => {
    const onPath = new Set(path);
    const along = new Set([lostAt]);
    for (const fn of onPath) for (const b of bySender.get(fn) ?? []) if (b.receiver !== undefined && onPath.has(b.receiver)) along.add(b);
    return [...along].sort((a, b) => order.get(a)! - order.get(b)!).map((b) => b.id).filter((id, i, ids) => ids.indexOf(id) === i);
  };
}

function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}
