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
});
