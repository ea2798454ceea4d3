import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable in tests to make them fail. */
export interface WriteReportFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string, options: { encoding: 'utf8'; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

/**
 * Writes a report so that `path` holds either its previous content or the whole new report,
 * never a part: a temporary file in the same folder (so the rename stays on one file system),
 * then a rename over the target. A missing folder is created.
 */
export async function writeReportAtomically(path: string, content: string, files: WriteReportFs = fs): Promise<void> {
  const dir = dirname(path);
  await files.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await files.writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await files.rename(temp, path);
  } catch (error) {
    await files.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
