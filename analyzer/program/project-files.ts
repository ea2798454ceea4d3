import * as path from 'node:path';
import ts from '../typescript.cjs';

/** The program's own source files: not declaration files, not from node_modules. */
export function projectSourceFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !program.isSourceFileFromExternalLibrary(sf) && !sf.fileName.includes('/node_modules/'));
}

/** Per root folder: the relative paths already worked out (every finding, boundary and component asks for its file's). */
const relativeByRoot = new Map<string, Map<string, string>>();

/** A path relative to `rootDir`, with `/`, as every report prints it. */
export function relativePath(rootDir: string, fileName: string): string {
  let byFile = relativeByRoot.get(rootDir);
  if (!byFile) relativeByRoot.set(rootDir, (byFile = new Map()));
  let relative = byFile.get(fileName);
  if (relative === undefined) byFile.set(fileName, (relative = path.relative(rootDir, fileName).split(path.sep).join('/')));
  return relative;
}
