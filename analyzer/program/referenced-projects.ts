import * as path from 'node:path';
import ts from '../typescript.cjs';
import { UsageError } from '../errors.js';

export interface ReferencedProjects {
  fileNames: string[];
  /** The options of the first referenced project, which the one program is built with. */
  options: ts.CompilerOptions;
}

/**
 * The source files of the projects a solution-style tsconfig (`"files": []` plus `references`)
 * stands for, followed transitively, each once. They are analysed as one program from sources,
 * so calls between the projects are followed without their build outputs.
 */
export function referencedProjects(references: readonly ts.ProjectReference[], flatten: (d: ts.Diagnostic) => string): ReferencedProjects {
  const seen = new Set<string>();
  const fileNames = new Set<string>();
  let options: ts.CompilerOptions | undefined;
  const queue = [...references];
  while (queue.length > 0) {
    const configPath = ts.resolveProjectReferencePath(queue.shift()!);
    if (seen.has(configPath)) continue;
    seen.add(configPath);
    const read = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    if (read.error) throw new UsageError(`referenced project: ${flatten(read.error)}`, configPath);
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath), undefined, configPath);
    for (const fileName of parsed.fileNames) fileNames.add(fileName);
    options ??= parsed.options;
    queue.push(...(parsed.projectReferences ?? []));
  }
  // Built as one program from sources: the per-project build settings do not apply.
  const rest: ts.CompilerOptions = { ...options };
  for (const setting of ['composite', 'outDir', 'rootDir', 'tsBuildInfoFile'] as const) delete rest[setting];
  return { fileNames: [...fileNames], options: rest };
}
