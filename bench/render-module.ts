import type { BenchShape } from './bench-shapes.js';
import { ImportCollector } from './import-collector.js';
import type { CallPlan, ModulePlan } from './project-plan.js';
import { IMPLEMENTATION_TIER, TIER_SHAPES } from './tier-shapes.js';

const CONTRACTS = '../contracts/index.js';
const CONTEXT = '../context.js';
const HELPERS = '../util/helpers.js';
const MODEL_CLIENT = './model-client.js';

const PURPOSE = [
  'routes an incoming request to the council',
  'deliberates on a request and plans the design work',
  'turns a planned step into a specification',
  'carries a specified work item through its steps',
  'performs one action and reports the result',
];

/** Where a call is rendered: the names in scope of the calling function. */
interface CallerScope {
  module: ModulePlan;
  imports: ImportCollector;
  /** Expression for the caller's goal. */
  goal: string;
  /** Whether `ctx: AppContext` is in scope. */
  holdsContext: boolean;
  retries: string;
  nextName: (prefix: string) => string;
}

export function renderModule(module: ModulePlan, system: BenchShape = 'layered'): string {
  const shape = TIER_SHAPES[module.tier]!;
  const imports = new ImportCollector();
  let counter = 0;
  const nextName = (prefix: string): string => `${prefix}${(counter += 1)}`;
  const scope = (goal: string, holdsContext: boolean, retries: string): CallerScope => ({
    module,
    imports,
    goal,
    holdsContext,
    retries,
    nextName,
  });

  const parts =
    module.tier === 0
      ? [renderEntry(module, scope('ctx.task.goal', true, '2'))]
      : [
          renderMain(module, scope(`${shape.param}.goal`, false, 'options.retries')),
          system === 'home-grown' ? renderAgentClass(module, imports) : renderClass(module, imports),
          module.hasContextVariant ? renderContextVariant(module, scope('ctx.task.goal', true, '1')) : '',
          module.hasLooseVariant ? renderLooseVariant(module, imports) : '',
        ];
  const body = parts.filter(Boolean).join('\n\n');
  const tag = module.fileTag ? `/** @tier ${shape.name} */\n\n` : '';
  return `${tag}${imports.render()}\n\n${body}\n`;
}

function title(module: ModulePlan): string {
  const words = module.name.split('-');
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
}

function renderEntry(module: ModulePlan, scope: CallerScope): string {
  const { imports } = scope;
  imports.type(CONTEXT, 'AppContext');
  imports.type(CONTRACTS, 'Orchestrator');
  return `/**
 * ${title(module)}: ${PURPOSE[0]}.
 * @component
 */
export async function ${module.fn}(ctx: AppContext): Promise<string> {
  const notes: string[] = [];
${renderCalls(module.calls, scope)}
  return notes.join('\\n');
}

/** @component */
export class ${module.cls} implements Orchestrator {
  handle(ctx: AppContext): Promise<string> {
    return ${module.fn}(ctx);
  }
}`;
}

function renderMain(module: ModulePlan, scope: CallerScope): string {
  const shape = TIER_SHAPES[module.tier]!;
  const { imports } = scope;
  imports.type(CONTRACTS, shape.input);
  imports.type(CONTRACTS, shape.output);
  imports.type(CONTRACTS, 'RunOptions');
  imports.value(HELPERS, 'DEFAULT_RUN_OPTIONS');
  const signature = `${shape.param}: ${shape.input}`;
  const modelCall =
    module.tier === IMPLEMENTATION_TIER
      ? renderModelCall(scope, '`Goal: ${call.goal}\\nAction: ${call.action}\\nArgs: ${JSON.stringify(call.args)}`')
      : '';
  const work = [modelCall, renderCalls(module.calls, scope)].filter(Boolean).join('\n');
  return `/**
 * ${title(module)}: ${PURPOSE[module.tier]}.
 * @component
 */
export function ${module.fn}(${signature}): Promise<${shape.output}>;
export function ${module.fn}(${signature}, options: RunOptions): Promise<${shape.output}>;
export async function ${module.fn}(
  ${signature},
  options: RunOptions = DEFAULT_RUN_OPTIONS,
): Promise<${shape.output}> {
  if (options.retries < 0) throw new RangeError('retries must not be negative');
  const notes: string[] = [];
${work}
  ${renderResult(module, scope.goal)}
}`;
}

function renderClass(module: ModulePlan, imports: ImportCollector): string {
  const shape = TIER_SHAPES[module.tier]!;
  imports.type(CONTRACTS, shape.role);
  return `/** @component */
export class ${module.cls} implements ${shape.role} {
  constructor(private readonly options: RunOptions) {}

  ${shape.method}(${shape.param}: ${shape.input}): Promise<${shape.output}> {
    return ${module.fn}(${shape.param}, this.options);
  }
}`;
}

/** A home-grown agent class: the base class runs it with retries, the role method goes through it. */
function renderAgentClass(module: ModulePlan, imports: ImportCollector): string {
  const shape = TIER_SHAPES[module.tier]!;
  imports.type(CONTRACTS, shape.role);
  imports.value(HELPERS, 'Agent');
  return `/** @component */
export class ${module.cls} extends Agent<${shape.input}, ${shape.output}> implements ${shape.role} {
  protected act(${shape.param}: ${shape.input}): Promise<${shape.output}> {
    return ${module.fn}(${shape.param}, this.options);
  }

  ${shape.method}(${shape.param}: ${shape.input}): Promise<${shape.output}> {
    return this.run(${shape.param});
  }
}`;
}

function renderContextVariant(module: ModulePlan, scope: CallerScope): string {
  const shape = TIER_SHAPES[module.tier]!;
  scope.imports.type(CONTEXT, 'AppContext');
  const prompt = module.leaksSecret
    ? '`Acting for ${ctx.user.name} with key ${ctx.apiKey}: ${ctx.task.goal} within ${ctx.task.constraints.join(\', \')}`'
    : '`Goal: ${ctx.task.goal} within ${ctx.task.constraints.join(\', \')} (${ctx.locale})`';
  const work =
    module.tier !== IMPLEMENTATION_TIER
      ? renderCalls(module.contextCalls, scope)
      : module.leaksSecret
        ? renderSdkCall(scope, prompt, 'ctx.budget.maxTokens')
        : renderModelCall(scope, prompt, 'ctx.budget.maxTokens');
  return `/**
 * ${title(module)}, given the whole application context.
 * @component
 */
export async function ${module.fn}FromContext(ctx: AppContext): Promise<${shape.output}> {
  const notes: string[] = [\`\${ctx.locale}: \${ctx.task.priority}\`];
${work}
  ${renderResult(module, scope.goal)}
}`;
}

function renderLooseVariant(module: ModulePlan, imports: ImportCollector): string {
  const shape = TIER_SHAPES[module.tier]!;
  imports.type(CONTRACTS, shape.output);
  return `/** @component */
export function ${module.fn}Loose(input: any): Promise<${shape.output}> {
  return ${module.fn}(input);
}`;
}

function renderModelCall(scope: CallerScope, prompt: string, maxTokens = '512'): string {
  const { imports } = scope;
  imports.value(MODEL_CLIENT, 'complete');
  imports.value(HELPERS, 'withRetry');
  const name = scope.nextName('prompt');
  return `  const ${name} = ${prompt};
  notes.push(await withRetry(() => complete(${name}, { maxTokens: ${maxTokens} }), ${scope.retries}));`;
}

/** A model request straight through the SDK's client, the prompt built in a local first. */
function renderSdkCall(scope: CallerScope, prompt: string, maxTokens: string): string {
  const { imports } = scope;
  imports.value(MODEL_CLIENT, 'openai');
  imports.value(MODEL_CLIENT, 'MODEL');
  const name = scope.nextName('prompt');
  const completion = scope.nextName('completion');
  return `  const ${name} = ${prompt};
  const ${completion} = await openai.chat.completions.create({ model: MODEL, max_tokens: ${maxTokens}, messages: [{ role: 'user', content: ${name} }] });
  notes.push(${completion}.choices[0]?.message.content ?? '');`;
}

function renderResult(module: ModulePlan, goal: string): string {
  switch (module.tier) {
    case 1:
      return `return {
    approved: notes.length > 0,
    plan: { steps: notes.map((note) => ({ title: note, rationale: ${goal} })), notes: notes.join('\\n') },
  };`;
    case 2:
      return `return { component: '${module.name}', acceptance: [...notes, \`serves: \${${goal}}\`] };`;
    case 3:
      return `return { ok: notes.length > 0, outputs: [...notes, \`done: \${${goal}}\`] };`;
    default:
      return `return { ok: true, output: notes.join('\\n') };`;
  }
}

function renderCalls(calls: readonly CallPlan[], scope: CallerScope): string {
  return calls.map((call) => renderCall(call, scope)).join('\n');
}

function renderCall(call: CallPlan, scope: CallerScope): string {
  const { target } = call;
  const shape = TIER_SHAPES[target.tier]!;
  const from = `../${shape.name}/${call.viaIndex ? 'index' : target.name}.js`;
  const imported = (name: string): string => scope.imports.value(from, name);
  const goal = call.dropsIntent ? `'${target.name} task'` : scope.goal;
  const request = requestLiteral(target, goal, scope);
  const result = scope.nextName('result');
  const push = `  notes.push(${summary(target.tier, result)});`;

  switch (call.style) {
    case 'direct':
      return `  const ${result} = await ${imported(target.fn)}(${request});\n${push}`;
    case 'options': {
      const trace = scope.holdsContext ? ', trace: { traceId: ctx.traceId, locale: ctx.locale }' : '';
      return `  const ${result} = await ${imported(target.fn)}(${request}, { retries: ${scope.retries}${trace} });\n${push}`;
    }
    case 'role': {
      const worker = scope.nextName('worker');
      scope.imports.type(CONTRACTS, shape.role);
      return `  const ${worker}: ${shape.role} = new ${imported(target.cls)}({ retries: ${scope.retries} });
  const ${result} = await ${worker}.${shape.method}(${request});\n${push}`;
    }
    case 'retry':
      scope.imports.value(HELPERS, 'withRetry');
      return `  const ${result} = await withRetry(() => ${imported(target.fn)}(${request}), ${scope.retries});\n${push}`;
    case 'map': {
      scope.imports.value(HELPERS, 'mapAll');
      const aspectGoal = call.dropsIntent ? 'aspect' : `\`\${${scope.goal}} (\${aspect})\``;
      const perAspect = requestLiteral(target, aspectGoal, scope);
      const results = scope.nextName('results');
      return `  const ${results} = await mapAll(['draft', 'review'], (aspect) => ${imported(target.fn)}(${perAspect}));
  for (const ${result} of ${results}) ${push.trim()}`;
    }
    case 'loose':
      return `  const ${result} = await ${imported(`${target.fn}Loose`)}(${request});\n${push}`;
    case 'context':
      return `  const ${result} = await ${imported(`${target.fn}FromContext`)}(ctx);\n${push}`;
  }
}

/** A fresh request for the target's tier, built from the caller's goal and, when held, picked context fields. */
function requestLiteral(target: ModulePlan, goal: string, scope: CallerScope): string {
  const withContext = scope.holdsContext;
  switch (target.tier) {
    case 1: {
      const requestId = withContext ? 'ctx.requestId' : `'${scope.module.name}'`;
      const constraints = withContext ? 'ctx.task.constraints' : '[]';
      return `{ requestId: ${requestId}, goal: ${goal}, constraints: ${constraints}, priority: 'normal' }`;
    }
    case 2:
      return `{ goal: ${goal}, step: { title: '${target.name}', rationale: ${goal} } }`;
    case 3: {
      const budget = withContext ? 'ctx.budget' : '{ maxTokens: 2000, maxSteps: 8 }';
      return `{ goal: ${goal}, spec: { component: '${target.name}', acceptance: [${goal}] }, budget: ${budget} }`;
    }
    default: {
      const locale = withContext ? ', locale: ctx.locale' : '';
      return `{ goal: ${goal}, action: '${target.name.split('-')[0]}', args: { query: ${goal}${locale} } }`;
    }
  }
}

function summary(tier: number, result: string): string {
  return [result, `${result}.plan.notes`, `${result}.component`, `${result}.outputs.join('; ')`, `${result}.output`][tier]!;
}
