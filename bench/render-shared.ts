import { EXTRA_INTENT_FIELDS, type BenchShape } from './bench-shapes.js';
import type { ModulePlan } from './project-plan.js';
import { IMPLEMENTATION_TIER, TIER_SHAPES } from './tier-shapes.js';

/**
 * The generated project's files that do not depend on the plan's randomness, by relative path.
 * `openaiTypes` is where the project finds the `openai` SDK's declarations (relative to it): its
 * model calls go through the real SDK, as an app's would, wherever the project is written.
 */
export function sharedFiles(name: string, shape: BenchShape = 'layered', openaiTypes = 'node_modules/openai/index.d.mts'): Record<string, string> {
  return {
    'package.json': json({ name, private: true, type: 'module' }),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022'],
        types: [],
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noImplicitReturns: true,
        noImplicitOverride: true,
        noFallthroughCasesInSwitch: true,
        noEmit: true,
        skipLibCheck: true,
        paths: { openai: [openaiTypes] },
      },
      include: ['src'],
    }),
    'tzimtzum.config.json': json({
      $schema: './node_modules/eslint-plugin-tzimtzum/schema/tzimtzum.schema.json',
      tiers: TIER_SHAPES.map((shape) => ({ name: shape.name, include: [`src/${shape.name}/**`] })),
      // The other request and result contracts carry an `@contract` tag instead.
      contracts: ['ToolCall', 'ToolResult'],
      contexts: ['AppContext'],
      reshimu: RESHIMU[shape],
      sensitive: ['User.password', 'apiKey', 'sessionToken'],
      rules: { 'no-unused-exposure': 'warn' },
      ignore: ['**/*.test.ts'],
    }),
    'src/context.ts': shape === 'home-grown' ? BIG_CONTEXT : shape === 'many-intents' ? INTENT_CONTEXT : CONTEXT,
    'src/contracts/task.ts': taskContract(shape),
    'src/contracts/user.ts': USER,
    'src/contracts/messages.ts': MESSAGES,
    'src/contracts/requests.ts': shape === 'many-intents' ? REQUESTS.replace(/\n  goal: string;/g, '\n  /** @reshimu */\n  goal: string;') : REQUESTS,
    'src/contracts/results.ts': RESULTS,
    'src/contracts/roles.ts': ROLES,
    'src/contracts/index.ts': ['task', 'user', 'messages', 'requests', 'results', 'roles']
      .map((file) => `export type * from './${file}.js';\n`)
      .join(''),
    'src/util/helpers.ts': shape === 'home-grown' ? HELPERS + AGENT_BASE : HELPERS,
    'src/implementation/model-client.ts': MODEL_CLIENT,
  };
}

/** `src/<tier>/index.ts`: re-exports every component of the tier. */
export function renderTierIndex(tier: number, modules: readonly ModulePlan[]): string {
  const lines = modules.map((module) => {
    const names = [module.fn, module.cls];
    if (module.hasContextVariant) names.push(`${module.fn}FromContext`);
    if (module.hasLooseVariant) names.push(`${module.fn}Loose`);
    return `export { ${names.join(', ')} } from './${module.name}.js';`;
  });
  if (tier === IMPLEMENTATION_TIER) lines.push(`export { complete } from './model-client.js';`);
  return `${lines.join('\n')}\n`;
}

const RESHIMU: Record<BenchShape, string[] | undefined> = {
  layered: ['Task.goal', 'Task.constraints'],
  'home-grown': undefined,
  'many-intents': ['Task.goal', 'Task.constraints', ...EXTRA_INTENT_FIELDS.map((field) => `AppContext.${field}`)],
};

function taskContract(shape: BenchShape): string {
  return shape === 'home-grown' ? TASK.replace(/ *\/\*\* @reshimu \*\/\n/g, '') : TASK;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const CONTEXT = `import type { Budget, Message } from './contracts/messages.js';
import type { Task } from './contracts/task.js';
import type { User } from './contracts/user.js';

/**
 * Everything a request carries through the system. Components should receive the parts they
 * need, never the whole.
 * @context
 */
export interface AppContext {
  requestId: string;
  traceId: string;
  task: Task;
  user: User;
  /** @sensitive */
  apiKey: string;
  /** @sensitive */
  sessionToken: string;
  locale: string;
  budget: Budget;
  history: Message[];
  memory: Record<string, string>;
  startedAt: number;
}

export type TraceInfo = Pick<AppContext, 'traceId' | 'locale'>;
`;

const TASK = `export type Priority = 'low' | 'normal' | 'high';

/** @contract */
export interface Task {
  id: string;
  /** @reshimu */
  goal: string;
  /** @reshimu */
  constraints: readonly string[];
  priority: Priority;
}
`;

/** The home-grown shape's context: the same fields and forty more, in nested groups, as such systems grow. */
const BIG_CONTEXT = CONTEXT.replace('  startedAt: number;\n}', `  startedAt: number;
${Array.from({ length: 24 }, (_, i) => `  setting${i}: string;`).join('\n')}
  preferences: Preferences;
  session: SessionState;
}

export interface Preferences {
${Array.from({ length: 20 }, (_, i) => `  preference${i}: string;`).join('\n')}
}

export interface SessionState {
${Array.from({ length: 16 }, (_, i) => `  slot${i}: number;`).join('\n')}
  scratch: Record<string, unknown>;
}`);

/** The many-intents shape's context: ten intent fields of its own besides the task. */
const INTENT_CONTEXT = CONTEXT.replace('  startedAt: number;\n}', `  startedAt: number;
${EXTRA_INTENT_FIELDS.map((field) => `  /** @reshimu */\n  ${field}: string;`).join('\n')}
}`);

/** The home-grown shape's agent base class: every component class extends it. */
const AGENT_BASE = `
export abstract class Agent<I, O> {
  constructor(protected readonly options: RunOptions) {}

  protected abstract act(input: I): Promise<O>;

  run(input: I): Promise<O> {
    return withRetry(() => this.act(input), this.options.retries);
  }
}
`;

const USER = `export interface User {
  id: string;
  name: string;
  email: string;
  /** @sensitive */
  password: string;
}
`;

const MESSAGES = `export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

export interface Budget {
  maxTokens: number;
  maxSteps: number;
}
`;

const REQUESTS = `import type { TraceInfo } from '../context.js';
import type { Budget } from './messages.js';
import type { Priority } from './task.js';

/** @contract */
export interface RunOptions {
  retries: number;
  trace?: TraceInfo;
}

/** @contract */
export interface CouncilRequest {
  requestId: string;
  goal: string;
  constraints: readonly string[];
  priority: Priority;
}

/** @contract */
export interface PlanStep {
  title: string;
  rationale: string;
}

/** @contract */
export interface DesignBrief {
  goal: string;
  step: PlanStep;
}

export interface Spec {
  component: string;
  acceptance: string[];
}

/** @contract */
export interface WorkItem {
  goal: string;
  spec: Spec;
  budget: Budget;
}

export interface ToolCall {
  goal: string;
  action: string;
  args: Record<string, string>;
}
`;

const RESULTS = `import type { PlanStep } from './requests.js';

export interface Plan {
  steps: PlanStep[];
  notes: string;
}

/** @contract */
export interface CouncilVerdict {
  approved: boolean;
  plan: Plan;
}

/** @contract */
export interface StepResult {
  ok: boolean;
  outputs: string[];
}

export interface ToolResult {
  ok: boolean;
  output: string;
}
`;

const ROLES = `import type { AppContext } from '../context.js';
import type { CouncilRequest, DesignBrief, Spec, ToolCall, WorkItem } from './requests.js';
import type { CouncilVerdict, StepResult, ToolResult } from './results.js';

export interface Orchestrator {
  handle(ctx: AppContext): Promise<string>;
}

export interface CouncilMember {
  deliberate(request: CouncilRequest): Promise<CouncilVerdict>;
}

export interface Designer {
  design(brief: DesignBrief): Promise<Spec>;
}

export interface WorkflowStep {
  execute(item: WorkItem): Promise<StepResult>;
}

export interface Tool {
  invoke(call: ToolCall): Promise<ToolResult>;
}
`;

const HELPERS = `import type { RunOptions } from '../contracts/requests.js';

export const DEFAULT_RUN_OPTIONS: RunOptions = { retries: 1 };

export async function withRetry<T>(attempt: () => Promise<T>, retries: number): Promise<T> {
  let lastError: unknown = new Error('no attempt made');
  for (let i = 0; i <= retries; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export function mapAll<T, R>(items: readonly T[], each: (item: T, index: number) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map(each));
}

export function summarize(text: string, max = 200): string {
  return text.length <= max ? text : \`\${text.slice(0, max - 1)}…\`;
}
`;

const MODEL_CLIENT = `/** @tier implementation */

import { OpenAI } from 'openai';
import { summarize } from '../util/helpers.js';

export interface CompletionOptions {
  maxTokens: number;
  temperature?: number;
}

/** The language model's client (the benchmark never runs it). */
export const openai = new OpenAI();
export const MODEL = 'gpt-4o-mini';

/**
 * The one place most components reach the language model through.
 * @component
 */
export async function complete(prompt: string, options: CompletionOptions): Promise<string> {
  const response = await openai.chat.completions.create({
    model: MODEL,
    max_tokens: options.maxTokens,
    temperature: options.temperature,
    messages: [{ role: 'user', content: summarize(prompt, 4000) }],
  });
  return response.choices[0]?.message.content ?? '';
}
`;
