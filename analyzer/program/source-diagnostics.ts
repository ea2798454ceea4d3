import ts from '../typescript.cjs';
import type { DiagnosticInfo } from '../model.js';
import { unparsableReason } from './guarded-host.js';
import { relativePath } from './project-files.js';

/** Syntax errors and unresolved imports: reported, never fatal; the rest of the program is analysed. */
export function sourceDiagnostics(program: ts.Program, files: readonly ts.SourceFile[], rootDir: string): DiagnosticInfo[] {
  const checker = program.getTypeChecker();
  const diagnostics: DiagnosticInfo[] = [];
  for (const sourceFile of files) {
    const file = relativePath(rootDir, sourceFile.fileName);
    const unparsable = unparsableReason(sourceFile);
    if (unparsable) diagnostics.push({ severity: 'error', file, line: 1, message: `cannot parse: ${unparsable}` });
    for (const diagnostic of program.getSyntacticDiagnostics(sourceFile)) {
      diagnostics.push({
        severity: 'error',
        file,
        line: lineOf(sourceFile, diagnostic.start ?? 0),
        message: `syntax error: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
      });
    }
    for (const statement of sourceFile.statements) {
      const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      if (checker.getSymbolAtLocation(specifier) || isNonCodeModule(specifier.text)) continue;
      diagnostics.push({
        severity: 'warning',
        file,
        line: lineOf(sourceFile, specifier.getStart(sourceFile)),
        message: `cannot resolve import '${specifier.text}'; calls through it are not followed`,
      });
    }
  }
  return diagnostics;
}

function isNonCodeModule(specifier: string): boolean {
  return /\.(css|scss|svg|png|json)$/.test(specifier);
}

function lineOf(sourceFile: ts.SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}
