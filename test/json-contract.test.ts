import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { BoundaryInfo, ComponentInfo } from '../analyzer/model.js';
import { repoRoot } from './support/paths.js';
import { auditJson } from './support/run-cli.js';

// The JSON contract (docs/contract.md §7) on real CLI output of a framework fixture, judged from the
// fixture's own reasoning: an `editor` supervisor with two sub-agents, two tools, a three-step workflow.
const tsconfig = path.join(repoRoot, 'fixtures', 'mastra-supervisor', 'tsconfig.json');

describe('the JSON report of fixtures/mastra-supervisor through the CLI', async () => {
  const { run, report } = await auditJson(tsconfig);
  const component = (name: string): ComponentInfo => {
    const found = report.components.find((c) => c.name === name);
    assert.ok(found, `no component '${name}'`);
    return found;
  };
  const boundary = (from: string, to: string): BoundaryInfo => {
    const found = report.boundaries.find((b) => b.from === component(from).id && b.to === component(to).id);
    assert.ok(found, `no boundary ${from} → ${to}`);
    return found;
  };

  it('exits 1 (error findings) and has every top-level field of the contract, in its order', () => {
    assert.equal(run.code, 1);
    const keys = Object.keys(report);
    const contract = ['schemaVersion', 'tool', 'tiers', 'components', 'boundaries', 'findings', 'diagnostics', 'summary'];
    assert.deepEqual(keys.filter((k) => contract.includes(k)), contract);
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(report.tool, { name: 'tzimtzum', version: '0.1.0' });
    assert.deepEqual(report.diagnostics, [], 'every import resolves');
  });

  it('infers three tiers from who delegates to whom: editor and its workflow, then the sub-agents and steps, then the tools', () => {
    assert.deepEqual(report.tiers, [
      { name: 'entry', rank: 0, declared: false },
      { name: 'delegate-1', rank: 1, declared: false },
      { name: 'implementation', rank: 2, declared: false },
    ]);
    assert.deepEqual(component('lookup-author'), { id: component('lookup-author').id, kind: 'tool', name: 'lookup-author', tier: 'implementation', framework: 'mastra', file: 'src/tools.ts', line: 15 });
    assert.deepEqual(
      ['editor', 'researcher', 'writer', 'publish-article', 'fetch-draft', 'search-archive'].map((name) => [name, component(name).kind, component(name).tier]),
      [['editor', 'agent', 'entry'], ['researcher', 'agent', 'delegate-1'], ['writer', 'agent', 'delegate-1'], ['publish-article', 'workflow', 'entry'], ['fetch-draft', 'step', 'delegate-1'], ['search-archive', 'tool', 'implementation']],
    );
    // `parent` only on graph nodes and workflow steps: the graph or workflow they belong to.
    for (const c of report.components) assert.deepEqual(Object.keys(c), ['id', 'kind', 'name', 'tier', 'framework', 'file', 'line', ...(c.kind === 'step' || c.kind === 'node' ? ['parent'] : [])]);
    assert.equal(new Set(report.components.map((c) => c.id)).size, report.components.length, 'ids are unique');
  });

  it("the author tool's result crosses into the model whole: every field of the record exposed and read", () => {
    const result = boundary('lookup-author', 'lookup-author result');
    assert.deepEqual(
      { ...result, id: undefined },
      {
        id: undefined,
        from: component('lookup-author').id,
        to: component('lookup-author result').id,
        kind: 'model',
        file: 'src/tools.ts',
        line: 19,
        contract: null,
        exposed: ['author.id', 'author.displayName', 'author.email', 'author.bio', 'author.passwordHash'],
        read: ['id', 'displayName', 'email', 'bio', 'passwordHash'],
        checks: { declared: true, calibrated: false, preserving: true, directed: true },
      },
    );
  });

  it('a workflow step is declared by its inputSchema; a sub-agent with no messageFilter is not calibrated', () => {
    const step = boundary('publish-article', 'fetch-draft');
    assert.equal(step.kind, 'step');
    assert.equal(step.contract, 'z.object({ articleId: z.string() })');
    assert.deepEqual(step.checks, { declared: true, calibrated: true, preserving: true, directed: true });
    const subagent = boundary('editor', 'researcher');
    assert.deepEqual([subagent.kind, subagent.file, subagent.line], ['subagent', 'src/agents.ts', 29]);
    assert.deepEqual(subagent.checks, { declared: true, calibrated: false, preserving: true, directed: true });
    const tool = boundary('researcher', 'search-archive');
    assert.equal(tool.contract, 'z.object({ query: z.string() })');
    assert.deepEqual(tool.checks, { declared: true, calibrated: true, preserving: true, directed: true });
  });

  it('each finding has its position, severity and boundary; the secret one names the field', () => {
    const sensitive = report.findings.find((f) => f.ruleId === 'no-sensitive-exposure');
    assert.ok(sensitive);
    assert.deepEqual(
      { ...sensitive, message: undefined, fingerprint: undefined },
      { ruleId: 'no-sensitive-exposure', severity: 'error', message: undefined, file: 'src/tools.ts', line: 22, column: 12, endLine: 22, endColumn: 18, boundary: boundary('lookup-author', 'lookup-author result').id, fingerprint: undefined },
    );
    assert.match(sensitive.message, /passwordHash/);
    // The two sub-agents with no messageFilter: one finding per `agents` entry, a warning by default.
    const delegations = report.findings.filter((f) => f !== sensitive);
    assert.deepEqual(
      delegations.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.boundary]),
      [
        ['no-conversation-passthrough', 'warning', 'src/agents.ts', 29, 5, boundary('editor', 'researcher').id],
        ['no-conversation-passthrough', 'warning', 'src/agents.ts', 31, 5, boundary('editor', 'writer').id],
      ],
    );
    for (const f of report.findings) assert.match(f.fingerprint, /^[0-9a-f]{16}$/);
  });

  it('the summary counts what the report lists; designed means all four checks pass', () => {
    const designed = report.boundaries.filter((b) => Object.values(b.checks).every(Boolean)).length;
    assert.deepEqual(report.summary, {
      components: report.components.length,
      boundaries: report.boundaries.length,
      designed,
      findings: { error: 1, warning: 2 },
    });
    assert.equal(report.boundaries.length - designed, 3, 'the two sub-agents and the author tool result');
  });
});
