import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from '../typescript.cjs';
import { UsageError } from '../errors.js';
import { createGuardedHost } from './guarded-host.js';
import { referencedProjects } from './referenced-projects.js';

export interface LoadedProgram {
  program: ts.Program;
  /** Absolute path of the tsconfig. */
  tsconfigPath: string;
  /** Directory that report paths are relative to. */
  rootDir: string;
}

/** Builds a `ts.Program` from a tsconfig; an unusable tsconfig is a UsageError (exit 2). */
export function loadProgram(tsconfig: string): LoadedProgram {
  const tsconfigPath = path.resolve(tsconfig);
  if (!fs.existsSync(tsconfigPath)) throw new UsageError('tsconfig not found', tsconfigPath);
  if (fs.statSync(tsconfigPath).isDirectory()) return loadProgram(path.join(tsconfigPath, 'tsconfig.json'));

  const read = ts.readConfigFile(tsconfigPath, (file) => ts.sys.readFile(file));
  if (read.error) throw new UsageError(flatten(read.error), tsconfigPath);
  const rootDir = path.dirname(tsconfigPath);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, rootDir, undefined, tsconfigPath);
  const fatal = parsed.errors.filter(
    (d) => d.category === ts.DiagnosticCategory.Error && d.code !== NO_INPUTS_FOUND,
  );
  if (fatal.length > 0) throw new UsageError(fatal.map(flatten).join('; '), tsconfigPath);
  const solution = parsed.fileNames.length === 0 && parsed.projectReferences?.length ? referencedProjects(parsed.projectReferences, flatten) : undefined;
  const rootNames = solution?.fileNames ?? parsed.fileNames;
  if (rootNames.length === 0) throw new UsageError('the tsconfig includes no source files', tsconfigPath);

  const options = { ...(solution?.options ?? parsed.options), noEmit: true };
  const program = ts.createProgram({
    rootNames,
    options,
    projectReferences: solution ? undefined : parsed.projectReferences,
    host: createGuardedHost(options),
  });
  return { program, tsconfigPath, rootDir };
}

const NO_INPUTS_FOUND = 18003;

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}
