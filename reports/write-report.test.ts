import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
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
      ...fs,
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
    const path = join(dir, 'report.md');
    await fs.writeFile(path, 'previous');
    const failing: WriteReportFs = {
      ...fs,
      async rename() {
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    };
    await assert.rejects(writeReportAtomically(path, '# report', failing), { code: 'EXDEV' });
    assert.deepEqual(await fs.readdir(dir), ['report.md']);
    assert.equal(await fs.readFile(path, 'utf8'), 'previous');
  });

  it('fails on a directory in the way and leaves it as it was', async () => {
    const dir = await freshDir();
    const path = join(dir, 'report.md');
    await fs.mkdir(path);
    await fs.writeFile(join(path, 'keep.txt'), 'kept');
    await assert.rejects(writeReportAtomically(path, '# report'), { code: 'EISDIR' });
    assert.deepEqual(await fs.readdir(dir), ['report.md']);
    assert.equal(await fs.readFile(join(path, 'keep.txt'), 'utf8'), 'kept');
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const dir = await freshDir();
    await fs.mkdir(join(dir, 'reports'));
    await fs.writeFile(join(dir, 'reports', 'latest.json'), 'old');
    const link = join(dir, 'report.json');
    await fs.symlink(join('reports', 'latest.json'), link);
    await writeReportAtomically(link, 'new');
    assert.ok((await fs.lstat(link)).isSymbolicLink());
    assert.equal(await fs.readFile(join(dir, 'reports', 'latest.json'), 'utf8'), 'new');
  });

  it('writes to a device or pipe as it is (-o /dev/null), never renaming a file over it', async () => {
    const calls: string[] = [];
    // A stand-in for /dev/null: replacing the real one with a file breaks the machine when the bug is back.
    const device: WriteReportFs = {
      ...fs,
      realpath: async (path) => path,
      stat: async () => ({ isCharacterDevice: () => true, isFIFO: () => false, isSocket: () => false }),
      async writeFile(path, _data, options) {
        calls.push(`write ${path} ${options.flag}`);
      },
      async rename(from, to) {
        calls.push(`rename ${from} ${to}`);
      },
    };
    await writeReportAtomically('/dev/null', '{}', device);
    assert.deepEqual(calls, ['write /dev/null w']);
  });

  it('writes into a named pipe through a link to it, which stays a pipe', async () => {
    const dir = await freshDir();
    const pipe = join(dir, 'reports.fifo');
    execFileSync('mkfifo', [pipe]);
    const link = join(dir, 'report.json');
    await fs.symlink(pipe, link);
    const received: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => createReadStream(pipe).on('data', (chunk) => received.push(chunk as Buffer)).on('end', resolve).on('error', reject));
    await writeReportAtomically(link, '{"findings":[]}');
    // A link replaced by a file leaves the reader waiting for a writer: end it so that the test fails instead of hanging.
    if (!(await fs.lstat(link)).isSymbolicLink()) await (await fs.open(pipe, 'w')).close();
    await reading;
    assert.equal(Buffer.concat(received).toString('utf8'), '{"findings":[]}');
    assert.ok((await fs.stat(pipe)).isFIFO());
    assert.deepEqual((await fs.readdir(dir)).sort(), ['report.json', 'reports.fifo']);
  });
});
