import type ts from 'typescript';
import type { DiagnosticInfo } from '../model.js';
import { relativePath } from './project-files.js';

interface CheckerFault {
  node?: ts.Node;
  message: string;
}

const faults = new WeakMap<ts.TypeChecker, CheckerFault[]>();

/**
 * Records an exception the type checker threw on pathological input (deeply recursive types,
 * broken code). The caller goes on with what it knows (no type, no symbol, an empty list); the
 * report lists every fault as a diagnostic, so a checker failure is never silent.
 */
export function noteCheckerFault(checker: ts.TypeChecker, error: unknown, node?: ts.Node): void {
  let list = faults.get(checker);
  if (!list) faults.set(checker, (list = []));
  list.push({ node, message: error instanceof Error ? error.message : String(error) });
}

export const CHECKER_FAULT_MESSAGE = 'the TypeScript checker failed here';

/** One diagnostic per recorded fault of this checker, in the order they happened. */
export function checkerFaultDiagnostics(checker: ts.TypeChecker, rootDir: string): DiagnosticInfo[] {
  return (faults.get(checker) ?? []).map(({ node, message }) => {
    const sourceFile = node?.getSourceFile();
    const line = sourceFile && node ? sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1 : undefined;
    return {
      severity: 'warning',
      file: sourceFile ? relativePath(rootDir, sourceFile.fileName) : '',
      ...(line !== undefined && { line }),
      message: `${CHECKER_FAULT_MESSAGE} (${message}); what depends on this expression was not analysed`,
    };
  });
}
