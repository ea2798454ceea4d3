import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable in tests to make them fail. */
export interface WriteReportFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string, options: { encoding: 'utf8'; flag: 'wx' | 'w' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isCharacterDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }>;
}

/**
 * Writes a report so that `path` holds either its previous content or the whole new report,
 * never a part: a temporary file in the same folder (so the rename stays on one file system),
 * then a rename over the target. A missing folder is created. A symbolic link is written
 * through (the link stays); a device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written to
 * as it is, never replaced by a file.
 */
export async function writeReportAtomically(path: string, content: string, files: WriteReportFs = fs): Promise<void> {
  const target = await existingTarget(path, files);
  if (target?.stream) {
    await files.writeFile(target.path, content, { encoding: 'utf8', flag: 'w' });
    return;
  }
  const file = target?.path ?? path;
  const dir = dirname(file);
  await files.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await files.writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await files.rename(temp, file);
  } catch (error) {
    await files.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Whether the path names a device, pipe or socket (links followed: `/dev/stdout` is a link to a
 * descriptor, whose target is no path), else the file it names once links are followed; undefined
 * when there is none yet.
 */
async function existingTarget(path: string, files: WriteReportFs): Promise<{ path: string; stream: boolean } | undefined> {
  let stats: Awaited<ReturnType<WriteReportFs['stat']>>;
  try {
    stats = await files.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isCharacterDevice() || stats.isFIFO() || stats.isSocket()) return { path, stream: true };
  return { path: await files.realpath(path), stream: false };
}
