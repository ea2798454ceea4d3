import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeReportAtomically, type WriteReportFs } from './write-report.js';
import { makeTempDir } from '../test/support/temp-dir.js';

async function freshDir(): Promise<string> {
  return makeTempDir('tzimtzum-write-');
}

describe('writeReportAtomically', () => {
  it('creates missing folders and writes the report', async () => {
    const dir = await freshDir();
    const path = join(dir, 'out', 'nested', 'report.html');
    await writeReportAtomically(path, '<p>ü</p>');
    assert.equal(await fs.readFile(path, 'utf8'), '<p>ü</p>');
    assert.deepEqual(await fs.readdir(join(dir, 'out', 'nested')), ['report.html']);
  });

  it('replaces a previous report', async () => {
    const dir = await freshDir();
    const path = join(dir, 'report.json');
    await fs.writeFile(path, 'old');
    await writeReportAtomically(path, 'new');
    assert.equal(await fs.readFile(path, 'utf8'), 'new');
    assert.deepEqual(await fs.readdir(dir), ['report.json']);
  });

  it('leaves the previous report and no temporary file when writing fails half-way', async () => {
    const dir = await freshDir();
    const path = join(dir, 'report.sarif');
    await fs.writeFile(path, 'previous');
    const failing: WriteReportFs = {
      mkdir: fs.mkdir,
      rm: fs.rm,
      rename: fs.rename,
      async writeFile(file, data, options) {
        await fs.writeFile(file, data.slice(0, 3), options);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await assert.rejects(writeReportAtomically(path, 'the new report', failing), /ENOSPC/);
    assert.equal(await fs.readFile(path, 'utf8'), 'previous');
    assert.deepEqual(await fs.readdir(dir), ['report.sarif']);
  });

  it('removes the temporary file when the rename fails', async () => {
    const dir = await freshDir();
    // A directory in the way: the rename of a file onto it fails.
    const path = join(dir, 'report.md');
    await fs.mkdir(path);
    await fs.writeFile(join(path, 'keep.txt'), 'kept');
    await assert.rejects(writeReportAtomically(path, '# report'), { code: 'EISDIR' });
    assert.deepEqual(await fs.readdir(dir), ['report.md']);
    assert.equal(await fs.readFile(join(path, 'keep.txt'), 'utf8'), 'kept');
  });
});
