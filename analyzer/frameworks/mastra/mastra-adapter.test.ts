import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import type { AnalysisReport } from '../../model.js';
import { auditJson } from '../../../test/support/run-cli.js';
import { repoRoot } from '../../../test/support/paths.js';
import { mastraApi, packageRelativeFile } from './mastra-api.js';

/** `kind from → to @file:line` for every boundary, so that a test reads as the graph it expects. */
function edges(report: AnalysisReport): string[] {
  const name = new Map(report.components.map((c) => [c.id, c.name]));
  return report.boundaries.map((b) => `${b.kind} ${name.get(b.from)} → ${name.get(b.to)} @${b.file}:${b.line}`);
}

async function audit(fixture: string): Promise<AnalysisReport> {
  return (await auditJson(path.join(repoRoot, 'fixtures', fixture, 'tsconfig.json'))).report;
}

describe('mastra adapter: declarations', () => {
  it('matches files inside @mastra/core whatever the install layout and declaration extension', () => {
    assert.equal(packageRelativeFile('/p/node_modules/@mastra/core/dist/agent/agent.d.ts'), 'dist/agent/agent');
    assert.equal(packageRelativeFile('/p/node_modules/.pnpm/@mastra+core@1.71.0/node_modules/@mastra/core/dist/tools/tool.d.cts'), 'dist/tools/tool');
    assert.equal(packageRelativeFile('/p/node_modules/@mastra/core-extra/dist/agent/agent.d.ts'), undefined);
  });

  it('knows an API by its declared name and file, not by the name it is imported under', () => {
    const at = (file: string, name: string) => mastraApi({ file: `/p/node_modules/@mastra/core/${file}`, packageName: '@mastra/core', name, declaration: undefined as never });
    assert.equal(at('dist/agent/agent.d.ts', 'Agent'), 'agent');
    // The registry names components for lookups; it is no component itself.
    assert.equal(at('dist/mastra/index.d.ts', 'Mastra'), 'registry');
    assert.equal(at('dist/mastra/index.d.ts', 'Mastra.getAgentById'), 'lookup');
    assert.equal(at('dist/mastra/index.d.ts', 'Mastra.getVector'), undefined);
    assert.equal(at('dist/workflows/workflow.d.ts', 'Workflow.then'), 'workflowStep');
    assert.equal(at('dist/workflows/workflow.d.ts', 'Run.start'), undefined);
    assert.equal(at('dist/agent/agent.d.ts', 'Agent.generate'), 'agentCall');
  });
});

describe('mastra adapter: mastra-supervisor', () => {
  let report: AnalysisReport;
  before(async () => (report = await audit('mastra-supervisor')));

  it('finds agents, tools, steps and the workflow, named by id', () => {
    // Model calls, and the untiered functions that are there only as their senders, are not the framework's components.
    const named = report.components.filter((c) => c.kind !== 'model-call' && !(c.kind === 'function' && c.tier === null)).map((c) => `${c.kind} ${c.name}`);
    assert.deepEqual(named, [
      'agent researcher',
      'agent writer',
      'agent editor',
      'tool search-archive',
      'tool lookup-author',
      'step fetch-draft',
      'step check-style',
      'step publish',
      'workflow publish-article',
    ]);
  });

  it('makes tool, sub-agent and step edges at their entries, model boundaries for instructions and tool results, and nothing for new Mastra', () => {
    assert.deepEqual(edges(report), [
      'model researcher → researcher instructions @src/agents.ts:8',
      'tool researcher → search-archive @src/agents.ts:10',
      'model writer → writer instructions @src/agents.ts:17',
      'tool writer → lookup-author @src/agents.ts:19',
      'model editor → editor instructions @src/agents.ts:25',
      'subagent editor → researcher @src/agents.ts:29',
      'subagent editor → writer @src/agents.ts:31',
      // the request handed to editor.generate is the input of an agent's model call, made by an untiered function
      'model handleDeskRequest → editor.generate @src/main.ts:11',
      'model search-archive → search-archive result @src/tools.ts:12',
      'model lookup-author → lookup-author result @src/tools.ts:19',
      'step publish-article → fetch-draft @src/workflow.ts:39',
      'step publish-article → check-style @src/workflow.ts:40',
      'step publish-article → publish @src/workflow.ts:41',
    ]);
  });

  it('gives each tool edge its inputSchema as contract', () => {
    const tools = report.boundaries.filter((b) => b.kind === 'tool').map((b) => b.contract);
    assert.deepEqual(tools, ['z.object({ query: z.string() })', 'z.object({ authorId: z.string() })']);
  });
});

describe('mastra adapter: mastra-aliases (renamed imports, a local barrel, a namespace import)', () => {
  let report: AnalysisReport;
  before(async () => (report = await audit('mastra-aliases')));

  it('recognises every component through aliases and re-exports', () => {
    // Model calls, and the untiered functions that are there only as their senders, are not the framework's components.
    const named = report.components.filter((c) => c.kind !== 'model-call' && !(c.kind === 'function' && c.tier === null)).map((c) => `${c.kind} ${c.name}`);
    assert.deepEqual(named.sort(), [
      'agent desk',
      'agent helper',
      'agent lead',
      'agent summariser',
      'step check',
      'step gather',
      'step polish',
      'tool clock',
      'tool customer',
      'tool digest',
      'workflow review',
    ]);
  });

  it('follows parallel steps, createStep(agent) and agent.generate inside a tool, and sees what toModelOutput returns', () => {
    const found = edges(report);
    for (const edge of [
      'step review → check @src/workflow.ts:36',
      'step review → polish @src/workflow.ts:36',
      'step review → summariser @src/workflow.ts:38',
      'subagent digest → summariser @src/tools.ts:31',
      'model digest → summariser.generate @src/tools.ts:29',
      'model customer → customer result @src/tools.ts:15',
    ]) {
      assert.ok(found.includes(edge), `missing ${edge} in\n${found.join('\n')}`);
    }
  });

  it('judges the sub-agents of a supervisor by its delegation messageFilter (no-conversation-passthrough), by default or on every call', () => {
    const passthrough = report.findings.filter((f) => f.ruleId === 'no-conversation-passthrough' && f.file === 'src/agents.ts');
    assert.deepEqual(
      passthrough.map((f) => f.message),
      ['No delegation messageFilter: desk hands its whole conversation to sub-agent lead (entry → lead, delegate-1).'],
    );
  });
});
