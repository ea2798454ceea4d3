import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'glob';
import { repoRoot } from './paths.js';

export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line: number;
}

export interface Fixture {
  name: string;
  dir: string;
  tsconfig: string;
  expected: { findings: ExpectedFinding[]; tiers?: Record<string, number>; pending?: string };
}

/** Every fixture project with an `expected.json`, by its path under fixtures/. */
export function listFixtures(): Fixture[] {
  return globSync('fixtures/**/expected.json', { cwd: repoRoot, ignore: ['**/node_modules/**'] })
    .sort()
    .map((expectedFile) => {
      const dir = path.join(repoRoot, path.dirname(expectedFile));
      return {
        name: path.relative(path.join(repoRoot, 'fixtures'), dir).split(path.sep).join('/'),
        dir,
        tsconfig: path.join(dir, 'tsconfig.json'),
        expected: JSON.parse(fs.readFileSync(path.join(repoRoot, expectedFile), 'utf8')),
      };
    });
}

export function sortFindings<T extends ExpectedFinding>(findings: T[]): ExpectedFinding[] {
  return findings
    .map(({ ruleId, file, line }) => ({ ruleId, file, line }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
