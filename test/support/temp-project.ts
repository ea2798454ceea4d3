import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from './temp-dir.js';

export const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true, skipLibCheck: true },
  include: ['src'],
});

export const THREE_TIERS = JSON.stringify({
  tiers: [
    { name: 'orchestrator', include: ['src/orchestrator/**'] },
    { name: 'workflow', include: ['src/workflow/**'] },
    { name: 'implementation', include: ['src/tools/**'] },
  ],
});

/** A project in a fresh temp folder: a strict tsconfig over `src`, three tiers by glob, then `files` (which may replace either). */
export function writeTempProject(files: Record<string, string>, prefix = 'tzimtzum-project-'): string {
  const dir = makeTempDir(prefix);
  for (const [file, text] of Object.entries({ 'tsconfig.json': TSCONFIG, 'tzimtzum.config.json': THREE_TIERS, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
