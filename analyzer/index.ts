import * as path from 'node:path';
import { analyzeProgram, type Analysis } from './analyze.js';
import type { ResolvedConfig } from './config/config.js';
import { resolveConfig } from './config/load-config.js';
import { loadProgram, type LoadedProgram } from './program/load-program.js';

export { analyzeProgram, Analysis } from './analyze.js';
export { buildReport, TOOL_VERSION } from './report/build-report.js';
export { ruleLevels } from './report/rule-levels.js';
export { UsageError } from './errors.js';
export type * from './model.js';

export interface ProjectAnalysis {
  analysis: Analysis;
  config: ResolvedConfig;
  rootDir: string;
  tsconfigPath: string;
}

/** Loads the tsconfig and `tzimtzum.config.json` (found by walking up, unless given) and analyses the program. */
export function analyzeProject(options: { tsconfig: string; configFile?: string; loadProgram?: (tsconfig: string) => LoadedProgram }): ProjectAnalysis {
  const loaded = (options.loadProgram ?? loadProgram)(options.tsconfig);
  const config = resolveConfig({ configFile: options.configFile, searchFrom: path.dirname(loaded.tsconfigPath) });
  const analysis = analyzeProgram(loaded.program, config, loaded.rootDir, { keepForNext: false });
  return { analysis, config, rootDir: loaded.rootDir, tsconfigPath: loaded.tsconfigPath };
}
