/** The five tiers of the generated project, top first, and the shape of a component in each. */
export interface TierShape {
  name: string;
  /** Share of the generated component modules that sit in this tier. */
  weight: number;
  /** File-name stems, used in turn: `planner-3.ts` exports `planner3` and `Planner3`. */
  stems: readonly string[];
  /** Role interface in `src/contracts/roles.ts` that the tier's classes implement. */
  role: string;
  method: string;
  /** Input type of the tier's components (the orchestrator takes the whole context). */
  input: string;
  param: string;
  output: string;
}

export const TIER_SHAPES: readonly TierShape[] = [
  {
    name: 'orchestrator',
    weight: 0.04,
    stems: ['router', 'supervisor', 'dispatcher', 'entry'],
    role: 'Orchestrator',
    method: 'handle',
    input: 'AppContext',
    param: 'ctx',
    output: 'string',
  },
  {
    name: 'council',
    weight: 0.1,
    stems: ['planner', 'critic', 'reviewer', 'strategist', 'arbiter'],
    role: 'CouncilMember',
    method: 'deliberate',
    input: 'CouncilRequest',
    param: 'request',
    output: 'CouncilVerdict',
  },
  {
    name: 'design',
    weight: 0.16,
    stems: ['architect', 'spec-writer', 'schema-designer', 'interface-designer'],
    role: 'Designer',
    method: 'design',
    input: 'DesignBrief',
    param: 'brief',
    output: 'Spec',
  },
  {
    name: 'workflow',
    weight: 0.25,
    stems: ['pipeline', 'stage', 'job', 'batch-step', 'review-step'],
    role: 'WorkflowStep',
    method: 'execute',
    input: 'WorkItem',
    param: 'item',
    output: 'StepResult',
  },
  {
    name: 'implementation',
    weight: 0.45,
    stems: ['search-tool', 'file-tool', 'http-tool', 'db-tool', 'shell-tool', 'vector-store'],
    role: 'Tool',
    method: 'invoke',
    input: 'ToolCall',
    param: 'call',
    output: 'ToolResult',
  },
];

export const IMPLEMENTATION_TIER = TIER_SHAPES.length - 1;
