import type { AnalysisReport, BoundaryChecks, BoundaryInfo, BoundaryKind, ComponentInfo, ComponentKind, FrameworkName } from '../../analyzer/model.js';

const ok: BoundaryChecks = { declared: true, calibrated: true, preserving: true, directed: true };

export interface LargeReportShape {
  /** LangGraph graphs in the workflow tier, each with this many nodes. */
  graphs: number[];
  /** Mastra workflows in the workflow tier, each with this many steps. */
  workflows: number[];
  councilAgents: number;
  tools: number;
}

export const LARGE_SHAPE: LargeReportShape = { graphs: [12, 9, 14, 7, 10, 8], workflows: [6, 5], councilAgents: 8, tools: 24 };

/**
 * A big multi-framework system (over a hundred components): a supervisor and two routers, council
 * agents each running a graph or workflow, graphs of many nodes that call tools and models,
 * shared helpers without a tier, and a few upward calls. Every fourth boundary is undesigned.
 */
export function largeReport(shape: LargeReportShape = LARGE_SHAPE): AnalysisReport {
  const components: ComponentInfo[] = [];
  const boundaries: BoundaryInfo[] = [];
  const add = (kind: ComponentKind, name: string, tier: string | null, framework: FrameworkName, parent?: string): string => {
    const id = `c${components.length + 1}`;
    const component: ComponentInfo = { id, kind, name, tier, framework, file: `src/${tier ?? 'shared'}/${name}.ts`, line: components.length + 1 };
    if (parent) component.parent = parent;
    components.push(component);
    return id;
  };
  const link = (from: string, to: string, kind: BoundaryKind) => {
    const n = boundaries.length + 1;
    const designed = n % 4 !== 0;
    boundaries.push({
      id: `b${n}`,
      from,
      to,
      kind,
      file: components.find((c) => c.id === from)!.file,
      line: n,
      contract: designed ? 'Input' : null,
      exposed: ['input.goal', 'input.user'],
      read: designed ? ['goal', 'user'] : ['goal'],
      checks: designed ? ok : { ...ok, calibrated: false },
    });
  };

  const supervisor = add('agent', 'supervisor', 'orchestrator', 'openai-agents');
  const routers = [add('agent', 'intake-router', 'orchestrator', 'openai-agents'), add('agent', 'escalation-router', 'orchestrator', 'openai-agents')];
  for (const router of routers) link(supervisor, router, 'handoff');
  const council = Array.from({ length: shape.councilAgents }, (_, i) => add('agent', `specialist-${i + 1}`, 'council', 'mastra'));
  council.forEach((agent, i) => link(routers[i % routers.length]!, agent, 'subagent'));
  const tools = Array.from({ length: shape.tools }, (_, i) => add('tool', `tool-${i + 1}`, 'implementation', 'ai-sdk'));
  const helpers = [add('function', 'formatDate', null, 'code'), add('function', 'redact', null, 'code')];

  let owner = 0;
  shape.graphs.forEach((size, g) => {
    const graph = add('graph', `pipeline-${g + 1}`, 'workflow', 'langgraph');
    link(council[owner++ % council.length]!, graph, 'call');
    for (let n = 0; n < size; n++) {
      const node = add('node', `pipeline-${g + 1}/step-${n + 1}`, n % 5 === 4 ? 'implementation' : 'workflow', 'langgraph', graph);
      const kind = components.find((c) => c.id === node)!.tier === 'workflow' ? null : 'node';
      if (kind) link(graph, node, 'node');
      if (n % 2 === 0) link(node, tools[(g * 5 + n) % tools.length]!, 'tool');
      if (n % 3 === 0) link(node, add('model-call', 'generateText', null, 'ai-sdk'), 'model');
      if (n % 6 === 1) link(node, helpers[n % helpers.length]!, 'call');
    }
  });
  shape.workflows.forEach((size, w) => {
    const workflow = add('workflow', `workflow-${w + 1}`, 'workflow', 'mastra');
    link(council[owner++ % council.length]!, workflow, 'call');
    for (let s = 0; s < size; s++) {
      const step = add('step', `workflow-${w + 1}/step-${s + 1}`, 'workflow', 'mastra', workflow);
      if (s % 2 === 1) link(step, tools[(w * 7 + s) % tools.length]!, 'tool');
    }
  });
  // Upward calls: a tool back into a router, a graph node into a council agent.
  link(tools[0]!, routers[0]!, 'call');
  link(components.find((c) => c.kind === 'node')!.id, council[0]!, 'call');

  const designed = boundaries.filter((b) => Object.values(b.checks).every(Boolean)).length;
  return {
    schemaVersion: 1,
    tool: { name: 'tzimtzum', version: '0.1.0' },
    tiers: ['orchestrator', 'council', 'workflow', 'implementation'].map((name, rank) => ({ name, rank, declared: true })),
    components,
    boundaries,
    findings: [],
    diagnostics: [],
    reshimu: [],
    summary: { components: components.length, boundaries: boundaries.length, designed, findings: { error: 0, warning: 0 } },
  };
}
