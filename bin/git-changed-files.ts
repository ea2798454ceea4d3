import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from '../analyzer/errors.js';

/**
 * Absolute paths of the files staged in the git repository that contains `dir` (added, copied,
 * modified or renamed: what the next commit will contain), spelled from `dir` so that they match
 * the program's file names even when `dir` is reached through a symlink.
 */
export function stagedFiles(dir: string): string[] {
  const repoRoot = path.resolve(dir, git(dir, ['rev-parse', '--show-cdup']).trim());
  return git(dir, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])
    .split('\0')
    .filter((name) => name !== '')
    .map((name) => path.resolve(repoRoot, name));
}

function git(dir: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === 'ENOENT') throw new UsageError('--changed needs git, and git was not found on the PATH', dir);
    const reason = String(stderr ?? '').trim().split('\n')[0]?.replace(/^fatal: /, '') || `git ${args[0]} failed`;
    throw new UsageError(`--changed needs a git repository: ${reason}`, dir);
  }
}
