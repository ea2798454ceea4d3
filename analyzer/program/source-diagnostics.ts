import ts from '../typescript.cjs';
import type { DiagnosticInfo } from '../model.js';
import { unparsableReason } from './guarded-host.js';
import { relativePath } from './project-files.js';
import { ResolutionCache } from '../incremental/resolution-cache.js';

/** Syntax errors and unresolved imports: reported, never fatal; the rest of the program is analysed. */
export function sourceDiagnostics(program: ts.Program, files: readonly ts.SourceFile[], rootDir: string, cache = new ResolutionCache()): DiagnosticInfo[] {
  const checker = program.getTypeChecker();
  const resolves = moduleResolution(program, checker);
  return files.flatMap((sourceFile) => cache.diagnosticsOf(sourceFile, rootDir, () => diagnosticsOf(sourceFile, program, rootDir, resolves)));
}

function diagnosticsOf(
  sourceFile: ts.SourceFile,
  program: ts.Program,
  rootDir: string,
  resolves: (sourceFile: ts.SourceFile, specifier: ts.StringLiteral) => boolean,
): DiagnosticInfo[] {
  const diagnostics: DiagnosticInfo[] = [];
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
    if (isNonCodeModule(specifier.text) || resolves(sourceFile, specifier)) continue;
    diagnostics.push({
      severity: 'warning',
      file,
      line: lineOf(sourceFile, specifier.getStart(sourceFile)),
      message: `cannot resolve import '${specifier.text}'; calls through it are not followed`,
    });
  }
  return diagnostics;
}

/**
 * Whether the program's own module resolution resolves an import, as `tsc` does: to a module
 * symbol, to a file (a package without types resolves too, to its JavaScript), through `paths`,
 * or to an ambient module declaration (`declare module 'node:async_hooks'`, `declare module '*.css'`).
 */
function moduleResolution(program: ts.Program, checker: ts.TypeChecker): (sourceFile: ts.SourceFile, specifier: ts.StringLiteral) => boolean {
  const options = program.getCompilerOptions();
  // Public since TypeScript 5.3 on the program object, though not in every release's declarations.
  const resolvedBy = program as ts.Program & {
    getResolvedModule?(sourceFile: ts.SourceFile, moduleName: string, mode: ts.ResolutionMode): ts.ResolvedModuleWithFailedLookupLocations | undefined;
  };
  let ambient: { exact: Set<string>; patterns: RegExp[] } | undefined;
  const ambientModules = () => {
    if (ambient) return ambient;
    ambient = { exact: new Set(), patterns: [] };
    for (const symbol of checker.getAmbientModules()) {
      const name = symbol.getName().replace(/^["']|["']$/g, '');
      if (name.includes('*')) ambient.patterns.push(new RegExp(`^${name.split('*').map(escapeRegExp).join('.*')}$`));
      else ambient.exact.add(name);
    }
    return ambient;
  };
  // A project file outside this program (an unbuilt project reference's source) is an error to tsc too.
  const inProgram = (resolved: ts.ResolvedModuleFull | undefined): boolean =>
    resolved !== undefined && (resolved.isExternalLibraryImport === true || program.getSourceFile(resolved.resolvedFileName) !== undefined);
  return (sourceFile, specifier) => {
    const name = specifier.text;
    try {
      // The program's own resolution first: reading it asks the checker nothing.
      const mode = program.getModeForUsageLocation(sourceFile, specifier);
      if (inProgram(resolvedBy.getResolvedModule?.(sourceFile, name, mode)?.resolvedModule)) return true;
      if (checker.getSymbolAtLocation(specifier)) return true;
      if (inProgram(ts.resolveModuleName(name, sourceFile.fileName, options, ts.sys, undefined, undefined, mode).resolvedModule)) return true;
    } catch {
      // A resolution that throws is one tsc would not make either.
    }
    const { exact, patterns } = ambientModules();
    const bare = name.startsWith('node:') ? name.slice('node:'.length) : name;
    return exact.has(name) || exact.has(bare) || patterns.some((pattern) => pattern.test(name));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isNonCodeModule(specifier: string): boolean {
  return /\.(css|scss|svg|png|json)$/.test(specifier);
}

function lineOf(sourceFile: ts.SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}
