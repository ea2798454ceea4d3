import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What a reporter may know beyond the report itself. */
export interface ReportContext {
  /** Absolute directory the report's relative paths are relative to. */
  rootDir: string;
  /** Source text of a report-relative file, or undefined. */
  readSource(file: string): string | undefined;
}

/** A context reading sources from disk under `rootDir`; unreadable files give undefined. */
export function fileSystemReportContext(rootDir: string): ReportContext {
  const cache = new Map<string, string | undefined>();
  return {
    rootDir,
    readSource(file) {
      if (!cache.has(file)) {
        let text: string | undefined;
        try {
          text = readFileSync(resolve(rootDir, file), 'utf8');
        } catch {
          text = undefined;
        }
        cache.set(file, text);
      }
      return cache.get(file);
    },
  };
}
