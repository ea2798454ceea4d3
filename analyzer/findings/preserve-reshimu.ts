import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { namedFunction } from '../callgraph/function-node.js';
import { findIntentLosses } from '../exposure/intent-losses.js';
import { relativePath } from '../program/project-files.js';
import { endsOf, findingAtBoundary, type Finding } from './finding.js';

/**
 * An intent field held by a component that calls down a path reaching the implementation tier
 * or a model, while nothing derived from it crosses: reported once, at the first such boundary.
 */
export function checkReshimu(context: AnalysisContext, scope: CheckScope): Finding[] {
  return findIntentLosses(context, scope.boundaries).map(({ field, boundary, path }) => {
    const names = path.map((fn) => namedFunction(fn).name);
    if (boundary.kind === 'model') names.push(boundary.to.name);
    const declaration = field.declaration.getSourceFile();
    const line = declaration.getLineAndCharacterOfPosition(field.declaration.getStart(declaration)).line + 1;
    return findingAtBoundary(
      'preserve-reshimu',
      boundary,
      `Reshimu '${field.id}' (${relativePath(context.rootDir, declaration.fileName)}:${line}) is lost at ${endsOf(boundary)}; path: ${names.filter((name, i) => names[i - 1] !== name).join(' → ')}`,
    );
  });
}
