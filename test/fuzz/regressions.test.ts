import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditJson } from '../support/run-cli.js';
import { writeTempProject } from '../support/temp-project.js';

// Crashes the fuzzer found, each kept as the smallest project that showed it.
describe('fuzz regressions', () => {
  const clean = {
    'src/orchestrator/main.ts': `import { tool } from '../tools/tool.js';\nexport function main(goal: string) {\n  return tool(goal);\n}\n`,
    'src/tools/tool.ts': `export function tool(query: string) { return query.length; }\n`,
  };

  for (const [shape, nested] of [
    ['2,000 nested parentheses', `${'('.repeat(2000)}1${')'.repeat(2000)}`],
    ['2,000 nested arrow functions', `${'() => '.repeat(2000)}0`],
    ['2,000 nested calls', `${'f('.repeat(2000)}0${')'.repeat(2000)}`],
  ]) {
    it(`a file with ${shape} (the TypeScript parser overflows) is a diagnostic; the rest is analysed (seed 181)`, async () => {
      const dir = writeTempProject({ ...clean, 'src/workflow/deep.ts': `declare const f: any;\nexport const deep: any = ${nested};\n` });
      const { run, report } = await auditJson(`${dir}/tsconfig.json`);
      assert.equal(run.code, 0);
      assert.deepEqual(report.findings.map((f) => [f.ruleId, f.file, f.line]), [['no-tier-skip', 'src/orchestrator/main.ts', 3]]);
      assert.deepEqual(report.diagnostics.map((d) => [d.severity, d.file, d.line, d.message.split(' (')[0]]), [['error', 'src/workflow/deep.ts', 1, 'cannot parse: the TypeScript parser gave up']]);
    });
  }

  it('a file the parser survives but nested too deep for the binder (1,000 nested destructuring patterns) is a diagnostic (seed 10231)', async () => {
    const pattern = `${'['.repeat(1000)}a${']'.repeat(1000)}`;
    const dir = writeTempProject({ ...clean, 'src/workflow/deep.ts': `export function f(${pattern}: any) { return a; }\n` });
    const { run, report } = await auditJson(`${dir}/tsconfig.json`);
    assert.equal(run.code, 0);
    assert.deepEqual(report.findings.map((f) => [f.ruleId, f.file, f.line]), [['no-tier-skip', 'src/orchestrator/main.ts', 3]]);
    assert.deepEqual(report.diagnostics.map((d) => [d.file, d.message]), [['src/workflow/deep.ts', 'cannot parse: nested more than 1500 levels deep; the file is not analysed']]);
  });

  const sumOf = (terms: number) => {
    const chain = Array.from({ length: terms }, (_, i) => `lookup('${i}')`).join(' + ');
    return writeTempProject({ ...clean, 'src/orchestrator/sum.ts': `import { tool as lookup } from '../tools/tool.js';\nexport function sum() {\n  return ${chain};\n}\n` });
  };

  it('a chain of 5,000 binary operators (the call graph walk overflowed) is a diagnostic', async () => {
    const { run, report } = await auditJson(`${sumOf(5000)}/tsconfig.json`);
    assert.equal(run.code, 0);
    assert.deepEqual(report.diagnostics.filter((d) => d.file.startsWith('src/')).map((d) => [d.file, d.message]), [['src/orchestrator/sum.ts', 'cannot parse: nested more than 1500 levels deep; the file is not analysed']]);
  });

  it('a chain of 1,400 binary operators, just under the limit, goes through every walk of the analysis', async () => {
    const { report } = await auditJson(`${sumOf(1400)}/tsconfig.json`);
    assert.deepEqual(report.diagnostics.filter((d) => d.file.startsWith('src/')), []);
    assert.equal(report.findings.filter((f) => f.file === 'src/orchestrator/sum.ts').length, 1400);
  });
});
