import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { analyzeProject, buildReport, ruleLevels } from '../index.js';
import { writeTempProject } from '../../test/support/temp-project.js';
import { CHECKER_FAULT_MESSAGE, noteCheckerFault } from './checker-faults.js';

describe('type checker exceptions', () => {
  it('are listed as diagnostics of the report, with the file and line of the expression', () => {
    const dir = writeTempProject({ 'src/orchestrator/main.ts': `export function main(goal: string) {\n  return goal.trim();\n}\n` });
    const { analysis } = analyzeProject({ tsconfig: join(dir, 'tsconfig.json') });
    const clean = buildReport(analysis, { levels: ruleLevels({}) });
    assert.deepEqual(clean.diagnostics.filter((d) => d.message.includes(CHECKER_FAULT_MESSAGE)), []);

    const sourceFile = analysis.context.files.find((f) => f.fileName.endsWith('main.ts'))!;
    let call: ts.Node | undefined;
    sourceFile.forEachChild(function visit(node): void {
      if (ts.isCallExpression(node)) call = node;
      else node.forEachChild(visit);
    });
    noteCheckerFault(analysis.context.checker, new RangeError('Maximum call stack size exceeded'), call);
    const report = buildReport(analysis, { levels: ruleLevels({}) });
    assert.deepEqual(report.diagnostics.slice(clean.diagnostics.length), [
      {
        severity: 'warning',
        file: 'src/orchestrator/main.ts',
        line: 2,
        message: `${CHECKER_FAULT_MESSAGE} (Maximum call stack size exceeded); what depends on this expression was not analysed`,
      },
    ]);
  });
});
