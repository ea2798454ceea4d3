import * as path from 'node:path';

/** What ESLint gives per linted file, in its JSON format and from its Node API alike. */
export interface LintResultLike {
  filePath: string;
  messages: readonly { ruleId: string | null; severity: number; line: number; column: number; endLine?: number; endColumn?: number }[];
}

/** Each message as rule, severity and exact position, its file relative to `dir` (with `/`). */
export function lintMessages(results: readonly LintResultLike[], dir: string) {
  return results.flatMap((result) =>
    result.messages.map((m) => ({
      file: path.relative(dir, result.filePath).split(path.sep).join('/'),
      ruleId: m.ruleId,
      severity: m.severity,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
    })),
  );
}
