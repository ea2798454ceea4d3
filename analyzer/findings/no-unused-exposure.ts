import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { dataProperties, safeTypeAt } from '../types/type-properties.js';
import { findingAt, type Finding } from './finding.js';

/** Fields of an argument that the receiver never reads, directly or through what it calls; suggests passing only those read. */
export function checkUnusedExposure(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { checker } = context;
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (!boundary.receiver || boundary.kind === 'model') continue;
    boundary.args.forEach((argument, index) => {
      const inner = skipOuterExpressions(argument);
      if (!inner || !(ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner))) return;
      const type = safeTypeAt(checker, argument);
      const fields = type ? dataProperties(checker, type).map((p) => p.name) : [];
      if (fields.length === 0) return;
      const reads = context.reads.topLevelReads(boundary.receiver!, index);
      if (!reads) return;
      const used = fields.filter((f) => reads.has(f));
      const unused = fields.filter((f) => !reads.has(f));
      if (unused.length === 0) return;
      const source = inner.getText();
      const finding = findingAt(
        'no-unused-exposure',
        argument,
        `${boundary.to.name} (${boundary.toTier}) never reads ${unused.length} of the ${fields.length} fields of '${source}': ${unused.join(', ')}; bandwidth used: ${used.length} of ${fields.length}.`,
        boundary,
      );
      finding.suggestion = {
        message: used.length > 0 ? `Pass only ${used.join(', ')}.` : 'Pass an empty object.',
        start: finding.start,
        end: finding.end,
        replacement: `{ ${used.map((f) => `${f}: ${source}.${f}`).join(', ')} }`.replace('{  }', '{}'),
      };
      findings.push(finding);
    });
  }
  return findings;
}
