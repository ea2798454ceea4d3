import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { auditJson } from '../../test/support/run-cli.js';
import { repoRoot } from '../../test/support/paths.js';
import type { AnalysisReport, BoundaryInfo } from '../model.js';

const tsconfig = (fixture: string) => path.join(repoRoot, 'fixtures', fixture, 'tsconfig.json');

function boundaryAt(report: AnalysisReport, file: string, line: number): Pick<BoundaryInfo, 'exposed' | 'read'> {
  const found = report.boundaries.filter((b) => b.file === file && b.line === line);
  assert.equal(found.length, 1, `one boundary at ${file}:${line}`);
  return { exposed: found[0]!.exposed, read: found[0]!.read };
}

describe('boundary exposure (bandwidth) of whole contexts', () => {
  it('counts the fields of a context serialised into a prompt, not the prompt string', async () => {
    const { report } = await auditJson(tsconfig('langgraph-research'));
    // planner.ts:9 `${JSON.stringify(state)}`: the six channels of ResearchState reach the model,
    // which sees all of them; the fixed instructions string crosses too.
    assert.deepEqual(boundaryAt(report, 'src/planner.ts', 5), {
      exposed: ['instructions', 'state.question', 'state.audience', 'state.subQuestions', 'state.findings', 'state.outline', 'state.report'],
      read: ['instructions', 'question', 'audience', 'subQuestions', 'findings', 'outline', 'report'],
    });
  });

  it('counts nothing as read when a spread or handed-over context has no receiving function to follow', async () => {
    const { report } = await auditJson(tsconfig('langgraph-aliases'));
    // graph.ts:9 `{ ...state }` sent to the compiled escalation graph; graph.ts:15 the whole state
    // given to replyGraph.invoke: no function receives it, so no field is known to be read.
    const channels = ['ticket', 'customer', 'category', 'reply'];
    assert.deepEqual(boundaryAt(report, 'src/graph.ts', 9), { exposed: channels.map((c) => `state.${c}`), read: [] });
    assert.deepEqual(boundaryAt(report, 'src/graph.ts', 15), { exposed: channels.map((c) => `state.${c}`), read: [] });
  });

  it('reads through the receiver as the passthrough rule does', async () => {
    const { report } = await auditJson(tsconfig('smoke'));
    // desk.ts:5 review(state): DeskState has goal and user; review reads only goal.
    assert.deepEqual(boundaryAt(report, 'src/orchestrator/desk.ts', 5), { exposed: ['state.goal', 'state.user'], read: ['goal'] });
  });
});
