import ts from '../../analyzer/typescript.cjs';

const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noLib: true, types: [] };

/** A program over source files held in memory (no lib), reusing what it can of `oldProgram` as an editor does. */
export function inMemoryProgram(sourceFiles: ReadonlyMap<string, ts.SourceFile>, oldProgram?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (fileName) => sourceFiles.get(fileName);
  host.fileExists = (fileName) => sourceFiles.has(fileName);
  host.readFile = (fileName) => sourceFiles.get(fileName)?.text;
  host.directoryExists = (dir) => [...sourceFiles.keys()].some((fileName) => fileName.startsWith(`${dir}/`));
  host.realpath = (fileName) => fileName;
  return ts.createProgram({ rootNames: [...sourceFiles.keys()], options, host, oldProgram });
}
