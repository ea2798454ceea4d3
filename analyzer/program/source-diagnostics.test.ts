import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../../test/support/paths.js';
import { auditJson } from '../../test/support/run-cli.js';

/** A project under the repository, so that `@types/node` resolves from its node_modules as it would in an app. */
function writeProject(files: Record<string, string>): string {
  const base = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, 'imports-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('import diagnostics follow the program’s own module resolution', () => {
  const dir = writeProject({
    'tsconfig.json': JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, types: ['node'], paths: { '@lib/*': ['./lib/*'] } },
      include: ['src', 'lib'],
    }),
    'package.json': '{ "type": "module" }',
    'tzimtzum.config.json': '{}',
    // A package with no type declarations: tsc resolves it to its JavaScript.
    'node_modules/untyped-kit/package.json': '{ "name": "untyped-kit", "version": "1.0.0", "type": "module", "main": "index.js" }',
    'node_modules/untyped-kit/index.js': 'export const kit = 1;\n',
    'lib/helper.ts': 'export const helper = 1;\n',
    'src/imports.ts': [
      "import { AsyncLocalStorage } from 'node:async_hooks';",
      "import * as fs from 'fs';",
      '// untyped on purpose',
      "import { kit } from 'untyped-kit';",
      "import { helper } from '@lib/helper.js';",
      '// missing on purpose',
      "import { gone } from './missing.js';",
      '// missing on purpose',
      "import { absent } from 'not-installed-anywhere';",
      'export const all = [AsyncLocalStorage, fs, kit, helper, gone, absent];',
      '',
    ].join('\n'),
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports only the imports tsc cannot resolve: not node: built-ins, untyped packages or paths aliases', async () => {
    const { report } = await auditJson(path.join(dir, 'tsconfig.json'));
    const unresolved = report.diagnostics.filter((d) => d.message.startsWith('cannot resolve import')).map((d) => `${d.file}:${d.line} ${d.message}`);
    assert.deepEqual(unresolved, [
      "src/imports.ts:7 cannot resolve import './missing.js'; calls through it are not followed",
      "src/imports.ts:9 cannot resolve import 'not-installed-anywhere'; calls through it are not followed",
    ]);
  });
});
