import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { auditJson } from '../../../test/support/run-cli.js';
import { repoRoot } from '../../../test/support/paths.js';
import type { AnalysisReport } from '../../model.js';

const tsconfig = (fixture: string) => path.join(repoRoot, 'fixtures', fixture, 'tsconfig.json');

/** Boundaries as `kind from → to (file:line) contract`, components named by id. */
function boundaries(report: AnalysisReport): string[] {
  const name = new Map(report.components.map((c) => [c.id, c.name]));
  return report.boundaries.map((b) => `${b.kind} ${name.get(b.from)} → ${name.get(b.to)} (${b.file}:${b.line}) ${b.contract}`);
}

function components(report: AnalysisReport): string[] {
  return report.components.filter((c) => c.framework === 'langgraph').map((c) => `${c.kind} ${c.name} ${c.file}:${c.line}`);
}

describe('LangGraph adapter', () => {
  it('recognises graphs, nodes and subgraphs through a renaming barrel, a namespace import and statement-built graphs', async () => {
    const { report } = await auditJson(tsconfig('langgraph-aliases'));
    assert.deepEqual(components(report), [
      'graph escalation src/escalation.ts:13',
      'node draftEscalation src/escalation.ts:14',
      'graph support src/graph.ts:19',
      'node triage src/graph.ts:20',
      'node answer src/graph.ts:21',
      'graph reply-writer src/reply.ts:13',
      'node compose src/reply.ts:14',
    ]);
    assert.deepEqual(boundaries(report), [
      'model draftEscalation → generateText (src/escalation.ts:6) null',
      'subgraph support → escalation (src/graph.ts:9) TicketState',
      'subgraph answer → reply-writer (src/graph.ts:15) ReplyState',
      'subgraph support → escalation (src/graph.ts:23) TicketState',
      'model compose → generateText (src/reply.ts:6) null',
      'model triage → generateText (src/triage.ts:5) null',
    ]);
  });

  it('keeps a graph and its own nodes in one tier; sequential edges and Send to a peer node are no boundaries', async () => {
    const { report } = await auditJson(tsconfig('langgraph-research'));
    assert.deepEqual(
      boundaries(report).filter((b) => !b.startsWith('model')),
      ['subgraph research → writer (src/graph.ts:16) ResearchState'],
    );
  });

  it('puts a graph invoked from inside a node one tier below the node, with its input schema as contract', async () => {
    const { report } = await auditJson(tsconfig('langgraph-research-designed'));
    assert.deepEqual(
      boundaries(report).filter((b) => !b.startsWith('model')),
      ['subgraph writer → report-writer (src/writer.ts:34) ReportState'],
    );
  });

  it('exposes the channels a subgraph node shares with its parent, read as the subgraph\'s nodes read them', async () => {
    const { report } = await auditJson(tsconfig('langgraph-review-team'));
    const name = new Map(report.components.map((c) => [c.id, c.name]));
    const nodes = report.boundaries.filter((b) => b.kind === 'subgraph' && b.line !== 16).map((b) => ({ to: name.get(b.to), exposed: b.exposed, read: b.read }));
    assert.deepEqual(nodes, [
      { to: 'reviewer', exposed: ['state.plan', 'state.draft', 'state.review', 'state.messages'], read: ['draft', 'messages'] },
      { to: 'auditor', exposed: ['state.plan', 'state.repo', 'state.draft', 'state.review', 'state.next', 'state.messages'], read: ['repo', 'draft'] },
    ]);
  });

  it('makes no claim on state schemas whose imports do not resolve, and says so in a diagnostic', async () => {
    const { report } = await auditJson(tsconfig('langgraph-unresolved'));
    assert.deepEqual(report.findings, []);
    assert.deepEqual(
      report.boundaries.map((b) => b.exposed),
      [['state.*']],
    );
    assert.ok(
      report.diagnostics.some((d) => d.file === 'src/parent.ts' && d.line === 13 && d.message.includes("'DeskState', 'ReplyState' could not be resolved")),
      JSON.stringify(report.diagnostics),
    );
  });
});
