import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { auditJson } from '../../test/support/run-cli.js';
import { repoRoot } from '../../test/support/paths.js';
import type { AnalysisReport, BoundaryInfo } from '../model.js';

const tsconfig = (fixture: string) => path.join(repoRoot, 'fixtures', fixture, 'tsconfig.json');

function boundaryAt(report: AnalysisReport, file: string, line: number, kind?: BoundaryInfo['kind']): Pick<BoundaryInfo, 'exposed' | 'read'> {
  const found = report.boundaries.filter((b) => b.file === file && b.line === line && (kind === undefined || b.kind === kind));
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

  it('reads a state handed to a subgraph through its nodes, as the passthrough rule does', async () => {
    const { report } = await auditJson(tsconfig('langgraph-aliases'));
    // graph.ts:9 `{ ...state }` sent to the escalation graph, whose one node reads state.ticket;
    // graph.ts:15 the whole state given to replyGraph.invoke, whose compose node reads state.ticket.
    const exposed = ['ticket', 'customer', 'category', 'reply'].map((c) => `state.${c}`);
    assert.deepEqual(boundaryAt(report, 'src/graph.ts', 9), { exposed, read: ['ticket'] });
    assert.deepEqual(boundaryAt(report, 'src/graph.ts', 15), { exposed, read: ['ticket'] });
  });

  it('counts nothing as read when a context goes to a nested run with no function to follow', async () => {
    const { report } = await auditJson(tsconfig('openai-agents-aliases'));
    // tools.ts:17-19 `context: runContext?.context` given to run(notesAgent): the Notes agent has no
    // function reading it, so none of DeskContext's three fields is known to be read.
    const exposed = ['customerId', 'plan', 'locale'].map((f) => `runContext?.context.${f}`);
    assert.deepEqual(boundaryAt(report, 'src/tools.ts', 17, 'call'), { exposed, read: [] });
  });

  it('reads through the receiver as the passthrough rule does', async () => {
    const { report } = await auditJson(tsconfig('smoke'));
    // desk.ts:6 review(state): DeskState has goal and user; review reads only goal.
    assert.deepEqual(boundaryAt(report, 'src/orchestrator/desk.ts', 6), { exposed: ['state.goal', 'state.user'], read: ['goal'] });
  });
});
