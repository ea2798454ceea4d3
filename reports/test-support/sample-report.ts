import type { AnalysisReport, BoundaryChecks, FindingInfo } from '../../analyzer/model.js';

const ok: BoundaryChecks = { declared: true, calibrated: true, preserving: true, directed: true };

/**
 * A five-tier research assistant: an orchestrator hands the whole context to a planner,
 * the planner's outline designer drops the goal on its way to the research workflow, a tool
 * receives an API key and calls back up into the planner.
 */
export function sampleReport(): AnalysisReport {
  const findings: FindingInfo[] = [
    {
      ruleId: 'no-context-passthrough',
      severity: 'error',
      message:
        "Whole context 'ctx' (AppContext, 11 fields) crosses orchestrator → council (ResearchOrchestrator → Planner); Planner reads 2: goal, userId.",
      file: 'src/orchestrator/research-orchestrator.ts',
      line: 24,
      column: 34,
      endLine: 24,
      endColumn: 37,
      boundary: 'b1',
      fingerprint: '4f1c2a9e0b7d3c61',
    },
    {
      ruleId: 'require-boundary-contract',
      severity: 'warning',
      message: "ResearchWorkflow (workflow) accepts 'any' from OutlineDesigner (design): declare a contract for its input.",
      file: 'src/design/outline-designer.ts',
      line: 17,
      column: 22,
      endLine: 17,
      endColumn: 29,
      boundary: 'b4',
      fingerprint: '9a0e77b1c2d4f580',
    },
    {
      ruleId: 'preserve-reshimu',
      severity: 'error',
      message:
        "Intent field 'Task.goal' (src/contracts/task.ts:4) is lost at design → workflow (OutlineDesigner → ResearchWorkflow); path: ResearchOrchestrator → Planner → OutlineDesigner → ResearchWorkflow → fetchSources → summarize.",
      file: 'src/design/outline-designer.ts',
      line: 17,
      column: 22,
      endLine: 17,
      endColumn: 29,
      boundary: 'b4',
      fingerprint: '0c5d8e2fa61b4937',
    },
    {
      ruleId: 'no-sensitive-exposure',
      severity: 'error',
      message: "Sensitive property 'apiKey' crosses workflow → implementation (fetchSources → webSearch), which does not declare it.",
      file: 'src/workflow/fetch-sources.ts',
      line: 31,
      column: 19,
      endLine: 31,
      endColumn: 48,
      boundary: 'b6',
      fingerprint: '7e3b90d1a5c2f846',
    },
    {
      ruleId: 'no-upward-dependency',
      severity: 'error',
      message: 'webSearch (implementation) calls Planner (council): a lower tier reaches up.',
      file: 'src/tools/web-search.ts',
      line: 12,
      column: 21,
      endLine: 12,
      endColumn: 39,
      boundary: 'b8',
      fingerprint: 'b2a4c6e8f0193857',
    },
    {
      ruleId: 'no-tier-skip',
      severity: 'warning',
      message: 'Planner (council) calls ResearchWorkflow (workflow), skipping design.',
      file: 'src/council/planner.ts',
      line: 40,
      column: 32,
      endLine: 40,
      endColumn: 36,
      boundary: 'b9',
      fingerprint: 'd1e2f3a4b5c6d7e8',
    },
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'tzimtzum', version: '0.1.0' },
    tiers: [
      { name: 'orchestrator', rank: 0, declared: true },
      { name: 'council', rank: 1, declared: true },
      { name: 'design', rank: 2, declared: true },
      { name: 'workflow', rank: 3, declared: true },
      { name: 'implementation', rank: 4, declared: true },
    ],
    components: [
      { id: 'c1', kind: 'agent', name: 'ResearchOrchestrator', tier: 'orchestrator', framework: 'openai-agents', file: 'src/orchestrator/research-orchestrator.ts', line: 8 },
      { id: 'c2', kind: 'agent', name: 'Planner', tier: 'council', framework: 'openai-agents', file: 'src/council/planner.ts', line: 10 },
      { id: 'c3', kind: 'agent', name: 'Critic', tier: 'council', framework: 'openai-agents', file: 'src/council/critic.ts', line: 6 },
      { id: 'c4', kind: 'function', name: 'OutlineDesigner', tier: 'design', framework: 'code', file: 'src/design/outline-designer.ts', line: 9 },
      { id: 'c5', kind: 'workflow', name: 'ResearchWorkflow', tier: 'workflow', framework: 'mastra', file: 'src/workflow/research-workflow.ts', line: 14 },
      { id: 'c6', kind: 'step', name: 'fetchSources', tier: 'workflow', framework: 'mastra', file: 'src/workflow/fetch-sources.ts', line: 20 },
      { id: 'c7', kind: 'tool', name: 'webSearch', tier: 'implementation', framework: 'mastra', file: 'src/tools/web-search.ts', line: 5 },
      { id: 'c8', kind: 'model-call', name: 'summarize', tier: null, framework: 'ai-sdk', file: 'src/workflow/fetch-sources.ts', line: 44 },
    ],
    boundaries: [
      {
        id: 'b1', from: 'c1', to: 'c2', kind: 'handoff', file: 'src/orchestrator/research-orchestrator.ts', line: 24, contract: null,
        exposed: ['ctx.goal', 'ctx.constraints', 'ctx.userId', 'ctx.user.email', 'ctx.user.name', 'ctx.history', 'ctx.apiKey', 'ctx.budget', 'ctx.locale', 'ctx.sessionId', 'ctx.traceId'],
        read: ['goal', 'userId'],
        checks: { ...ok, calibrated: false },
      },
      {
        id: 'b2', from: 'c1', to: 'c3', kind: 'agent-as-tool', file: 'src/orchestrator/research-orchestrator.ts', line: 31, contract: 'CritiqueRequest',
        exposed: ['draft', 'criteria'], read: ['draft', 'criteria'], checks: ok,
      },
      {
        id: 'b3', from: 'c2', to: 'c4', kind: 'call', file: 'src/council/planner.ts', line: 33, contract: 'OutlineInput',
        exposed: ['task.goal', 'task.constraints'], read: ['goal', 'constraints'], checks: ok,
      },
      {
        id: 'b4', from: 'c4', to: 'c5', kind: 'call', file: 'src/design/outline-designer.ts', line: 17, contract: null,
        exposed: ['outline.sections', 'outline.constraints'], read: ['sections', 'constraints'],
        checks: { ...ok, declared: false, preserving: false },
      },
      {
        id: 'b5', from: 'c5', to: 'c6', kind: 'step', file: 'src/workflow/research-workflow.ts', line: 22, contract: 'FetchInput',
        exposed: ['query', 'constraints'], read: ['query', 'constraints'], checks: ok,
      },
      {
        id: 'b6', from: 'c6', to: 'c7', kind: 'tool', file: 'src/workflow/fetch-sources.ts', line: 31, contract: 'SearchInput',
        exposed: ['query', 'apiKey'], read: ['query', 'apiKey'], checks: { ...ok, calibrated: false },
      },
      {
        id: 'b7', from: 'c6', to: 'c8', kind: 'model', file: 'src/workflow/fetch-sources.ts', line: 44, contract: null,
        exposed: ['query', 'constraints', 'sources'], read: [], checks: ok,
      },
      {
        id: 'b8', from: 'c7', to: 'c2', kind: 'call', file: 'src/tools/web-search.ts', line: 12, contract: 'ReplanRequest',
        exposed: ['reason'], read: ['reason'], checks: { ...ok, directed: false },
      },
      {
        id: 'b9', from: 'c2', to: 'c5', kind: 'call', file: 'src/council/planner.ts', line: 40, contract: 'WorkflowInput',
        exposed: [], read: [], checks: { ...ok, directed: false },
      },
    ],
    findings,
    diagnostics: [{ severity: 'warning', file: 'tzimtzum.config.json', line: 1, message: "tier 'design': glob 'src/design/legacy/**' matches no file" }],
    reshimu: [
      { field: 'Task.goal', file: 'src/contracts/task.ts', line: 4, path: ['c1', 'c2', 'c4', 'c5', 'c6', 'c8'], boundaries: ['b1', 'b3', 'b4', 'b5', 'b7'], lostAt: 'b4' },
      { field: 'Task.constraints', file: 'src/contracts/task.ts', line: 6, path: ['c1', 'c2', 'c4', 'c5', 'c6', 'c8'], boundaries: ['b1', 'b3', 'b4', 'b5', 'b7'], lostAt: null },
    ],
    summary: { components: 8, boundaries: 9, designed: 4, findings: { error: 4, warning: 2 } },
  };
}

/** Source text for the files the sample's findings point at. */
export function sampleSources(): Record<string, string> {
  const lines = (count: number, at: Record<number, string>): string =>
    Array.from({ length: count }, (_, i) => at[i + 1] ?? `// line ${i + 1}`).join('\n') + '\n';
  return {
    'src/orchestrator/research-orchestrator.ts': lines(40, {
      23: 'export async function route(ctx: AppContext) {',
      24: '  return handoffTo(plannerAgent, ctx);',
      25: '}',
    }),
    'src/design/outline-designer.ts': lines(20, { 17: '  return runWorkflow(outline as any);' }),
    'src/workflow/fetch-sources.ts': lines(50, { 31: '  await webSearch({ query, apiKey: env.apiKey });' }),
    'src/tools/web-search.ts': lines(20, { 12: '  if (empty) return replan({ reason });' }),
    'src/council/planner.ts': lines(45, { 40: '  await researchWorkflow.start(plan);' }),
  };
}
