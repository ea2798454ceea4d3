import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import ts from 'typescript';
import type { RuleId } from '../model.js';
import type { Finding } from '../findings/finding.js';
import { fingerprintFindings } from './fingerprint.js';

/** A finding on the first occurrence (or the `nth`) of `crossing` in `text`. */
function findingIn(text: string, crossing: string, options: { ruleId?: RuleId; file?: string; nth?: number } = {}): Finding {
  const sourceFile = ts.createSourceFile(options.file ?? 'src/tools/tool.ts', text, ts.ScriptTarget.ES2022, true);
  let start = -1;
  for (let i = 0; i <= (options.nth ?? 0); i++) start = text.indexOf(crossing, start + 1);
  assert.ok(start >= 0, `'${crossing}' not in the text`);
  return { ruleId: options.ruleId ?? 'no-upward-dependency', message: 'm', sourceFile, start, end: start + crossing.length };
}

const fileOf = (finding: Finding) => finding.sourceFile.fileName;
const one = (finding: Finding) => fingerprintFindings([finding], fileOf)[0]!;

const code = `import { main } from '../orchestrator/main.js';\nexport function tool(query: string) {\n  return main(query);\n}\n`;
const movedAndRenamed = `import { main } from '../orchestrator/main.js';\n\n// an unrelated comment\nexport const limit = 3;\nexport function searchTool(query: string) {\n  if (!query) return '';\n  return main(query);\n}\n`;

describe('fingerprintFindings', () => {
  // Baselines written by earlier runs hold these values: changing the hash silently un-suppresses every recorded finding.
  it('is the first 16 hex digits of sha256 over rule, file, folded text and occurrence, NUL-separated', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const twice = `export const a = main( query );\nexport const b = main(\n  query\n);\n`;
    const prints = fingerprintFindings([findingIn(twice, 'main( query )'), findingIn(twice, 'main(\n  query\n)')], fileOf);
    assert.deepEqual(prints, [
      sha('no-upward-dependency\0src/tools/tool.ts\0main( query )\x000'),
      sha('no-upward-dependency\0src/tools/tool.ts\0main( query )\x001'),
    ]);
  });

  it('does not change when lines are inserted above the finding or its function is renamed', () => {
    const before = findingIn(code, 'main(query)');
    const after = findingIn(movedAndRenamed, 'main(query)');
    assert.notEqual(before.start, after.start);
    assert.equal(one(after), one(before));
  });

  it('folds whitespace inside the crossing expression', () => {
    const wrapped = `export const x = main(\n    query,\n  );\n`;
    assert.equal(one(findingIn(wrapped, 'main(\n    query,\n  )')), one(findingIn('main( query, )', 'main( query, )')));
  });

  it('changes with the rule, the file and the text of the crossing expression', () => {
    const base = one(findingIn(code, 'main(query)'));
    assert.notEqual(one(findingIn(code, 'main(query)', { ruleId: 'no-tier-skip' })), base);
    assert.notEqual(one(findingIn(code, 'main(query)', { file: 'src/tools/other.ts' })), base);
    assert.notEqual(one(findingIn(code.replace('main(query)', 'main(query.trim())'), 'main(query.trim())')), base);
  });

  it('tells identical crossings apart by their order in the list, stably', () => {
    const twice = `${code}export function again(query: string) {\n  return main(query);\n}\n`;
    const findings = [findingIn(twice, 'main(query)'), findingIn(twice, 'main(query)', { nth: 1 })];
    const prints = fingerprintFindings(findings, fileOf);
    assert.notEqual(prints[0], prints[1]);
    assert.equal(prints[0], one(findings[0]!));
    assert.deepEqual(fingerprintFindings(findings, fileOf), prints);
    assert.deepEqual(fingerprintFindings([findings[0]!, findingIn(twice, 'main(query)', { ruleId: 'no-tier-skip', nth: 1 })], fileOf)[1], one(findingIn(twice, 'main(query)', { ruleId: 'no-tier-skip' })));
  });

  it('names the file as fileOf gives it, not as the source file does', () => {
    const finding = findingIn(code, 'main(query)', { file: '/abs/root/src/tools/tool.ts' });
    assert.equal(fingerprintFindings([finding], () => 'src/tools/tool.ts')[0], one(findingIn(code, 'main(query)')));
  });
});
