import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/, two or three levels below it). */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  return path.basename(dir) === 'dist' ? path.dirname(dir) : findRoot(path.dirname(dir));
}
