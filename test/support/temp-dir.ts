import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/**
 * A fresh folder in the temp dir, removed when the test file's process exits (each test file
 * runs in its own process), whether its tests passed or failed.
 */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (made.length === 0) process.on('exit', removeAll);
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
}
