import * as path from 'node:path';
import ts from '../typescript.cjs';

/** The program's own source files: not declaration files, not from node_modules. */
export function projectSourceFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !program.isSourceFileFromExternalLibrary(sf) && !sf.fileName.includes('/node_modules/'));
}

/** A path relative to `rootDir`, with `/`, as every report prints it. */
export function relativePath(rootDir: string, fileName: string): string {
  return path.relative(rootDir, fileName).split(path.sep).join('/');
}
