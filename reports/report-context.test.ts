import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileSystemReportContext } from './report-context.js';
import { makeTempDir } from '../test/support/temp-dir.js';

describe('fileSystemReportContext', () => {
  it('reads report-relative sources under the root, undefined when unreadable', () => {
    const root = makeTempDir('tzimtzum-context-');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'ünï "q".ts'), 'export {};\n');
    const context = fileSystemReportContext(root);
    assert.equal(context.rootDir, root);
    assert.equal(context.readSource('src/ünï "q".ts'), 'export {};\n');
    assert.equal(context.readSource('src/missing.ts'), undefined);
    assert.equal(context.readSource('src'), undefined, 'a directory');
  });
});
