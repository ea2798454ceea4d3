import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeProgram } from '../analyze.js';
import { resolveConfig } from '../config/load-config.js';
import { loadProgram } from '../program/load-program.js';
import { writeTempProject } from '../../test/support/temp-project.js';

const TASK = (tag: string) => `export interface Task {
  ${tag}
  goal: string;
  userId: string;
}
export interface Note {
  text: string;
  author: string;
}
`;

/** An orchestrator that hands the goal down two tiers, and a helper chain that never sees a Task. */
const SOURCES = {
  'src/orchestrator/run.ts': `import type { Task, Note } from '../shared/task.js';
import { step } from '../workflow/step.js';
/** @component */
export async function run(task: Task): Promise<string> {
  const goal = task.goal;
  return step(goal);
}
export function format(note: Note, width: number): string {
  return pad(note.text, width) + note.author;
}
function pad(text: string, width: number): string {
  return text.padEnd(width);
}
`,
  'src/workflow/step.ts': `import { act } from '../tools/act.js';
/** @component */
export async function step(goal: string): Promise<string> {
  const prompt = \`Goal: \${goal}\`;
  return act(prompt);
}
`,
  'src/tools/act.ts': `/** @component */
export async function act(prompt: string): Promise<string> {
  return prompt.toUpperCase();
}
`,
};

function analyse(files: Record<string, string>, options: { keepForNext?: boolean } = {}) {
  const dir = writeTempProject(files, 'tzimtzum-intent-');
  dirs.push(dir);
  const loaded = loadProgram(path.join(dir, 'tsconfig.json'));
  const analysis = analyzeProgram(loaded.program, resolveConfig({ searchFrom: dir }), loaded.rootDir, options);
  return { analysis, intent: analysis.context.intent };
}

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('intent flow on demand', () => {
  it('does no intent work at all when no intent field is declared', () => {
    const { analysis, intent } = analyse({ ...SOURCES, 'src/shared/task.ts': TASK('') });
    assert.deepEqual(intent.fields, []);
    assert.deepEqual(intent.work, { parametersTyped: 0, functionsVisited: 0, treesKept: 0, returnsAskedAgain: 0, parametersBound: 0 });
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'preserve-reshimu'), []);
  });

  it('follows a @reshimu field only through the functions it reaches', () => {
    const { intent } = analyse({ ...SOURCES, 'src/shared/task.ts': TASK('/** @reshimu */') });
    assert.deepEqual(intent.fields.map((f) => f.id), ['Task.goal']);
    // run holds the task, step and act receive what derives from the goal; format and pad never do.
    assert.equal(intent.work.functionsVisited, 3);
    // Only `task` and `note` are asked of the checker: a parameter declared `string` or `number` holds no field.
    assert.equal(intent.work.parametersTyped, 2);
  });

  it('finds a field named in the config the same way as a tagged one', () => {
    const config = JSON.stringify({
      tiers: [
        { name: 'orchestrator', include: ['src/orchestrator/**'] },
        { name: 'workflow', include: ['src/workflow/**'] },
        { name: 'implementation', include: ['src/tools/**'] },
      ],
      reshimu: ['Task.goal'],
    });
    const { intent } = analyse({ ...SOURCES, 'src/shared/task.ts': TASK(''), 'tzimtzum.config.json': config });
    assert.deepEqual(intent.fields.map((f) => f.id), ['Task.goal']);
    assert.equal(intent.work.functionsVisited, 3);
  });

  it("binds an interface member's implementations once for what the calls through it carry, however many calls there are", () => {
    const implementation = (name: string) => `export class ${name} implements Step {\n  run(goal: string, note: string): string {\n    return goal + note;\n  }\n}\n`;
    const { intent } = analyse({
      'src/shared/task.ts': TASK('/** @reshimu */'),
      'src/shared/step.ts': `export interface Step {\n  run(goal: string, note: string): string;\n}\n`,
      'src/workflow/search.ts': `import type { Step } from '../shared/step.js';\n${implementation('Search')}`,
      'src/workflow/summarise.ts': `import type { Step } from '../shared/step.js';\n${implementation('Summarise')}`,
      'src/workflow/review.ts': `import type { Step } from '../shared/step.js';\n${implementation('Review')}`,
      'src/orchestrator/run.ts': `import type { Task } from '../shared/task.js';
import type { Step } from '../shared/step.js';
/** @component */
export function plan(task: Task, step: Step): string {
  return step.run(task.goal, 'first');
}
/** @component */
export function retry(task: Task, step: Step): string {
  return step.run(task.goal, 'again') + step.run(task.goal.trim(), 'last');
}
/** @component */
export function explain(task: Task, step: Step): string {
  return step.run('why', task.goal);
}
`,
    });
    // Three calls pass the goal first (three implementations bound once), one passes it second (bound once more).
    assert.equal(intent.work.parametersBound, 6);
    assert.equal(intent.work.functionsVisited, 6);
  });

  it("follows a helper's return through the locals it is built in (assigned, looped over, destructured), and not past a helper that returns something else", () => {
    const { analysis, intent } = analyse({
      'src/shared/task.ts': TASK('/** @reshimu */'),
      'src/workflow/helpers.ts': `export function assigned(goal: string): string {
  let text = '';
  text = goal + '!';
  return text;
}
export function looped(goals: string[]): string {
  let last = '';
  for (const each of goals) last = each;
  return last;
}
export function destructured(pair: { goal: string }): string {
  const { goal } = pair;
  return goal;
}
export function replaced(goal: string): string {
  const copy = goal;
  void copy;
  return 'fixed';
}
`,
      'src/workflow/steps.ts': `export function stepAssigned(text: string): string { return text; }
export function stepLooped(text: string): string { return text; }
export function stepDestructured(text: string): string { return text; }
export function stepReplaced(text: string): string { return text; }
`,
      'src/orchestrator/run.ts': `import type { Task } from '../shared/task.js';
import { assigned, looped, destructured, replaced } from '../workflow/helpers.js';
import { stepAssigned, stepLooped, stepDestructured, stepReplaced } from '../workflow/steps.js';
/** @component */
export function run(task: Task): string {
  return stepAssigned(assigned(task.goal)) + stepLooped(looped([task.goal])) + stepDestructured(destructured({ goal: task.goal })) + stepReplaced(replaced(task.goal));
}
`,
    });
    const [field] = intent.fields;
    const holding = analysis.context.graph.functions.filter((fn) => fn.name.startsWith('step') && intent.holds(fn, field!)).map((fn) => fn.name);
    assert.deepEqual(holding.sort(), ['stepAssigned', 'stepDestructured', 'stepLooped']);
  });

  it('binds a local that copies another only once that one carries, even when the copy is written first (a loop)', () => {
    const { analysis, intent } = analyse({
      'src/shared/task.ts': TASK('/** @reshimu */'),
      'src/workflow/steps.ts': `export function stepLater(text: string): string { return text; }\n`,
      'src/orchestrator/run.ts': `import type { Task } from '../shared/task.js';
import { stepLater } from '../workflow/steps.js';
/** @component */
export function run(task: Task): string {
  let previous = '';
  let current = '';
  for (let round = 0; round < 2; round++) {
    previous = current;
    current = task.goal;
  }
  return stepLater(previous);
}
`,
    });
    const stepLater = analysis.context.graph.functions.find((fn) => fn.name === 'stepLater')!;
    assert.equal(intent.holds(stepLater, intent.fields[0]!), true);
  });

  it('still reports the intent dropped on the way down', () => {
    const dropping = { ...SOURCES, 'src/workflow/step.ts': SOURCES['src/workflow/step.ts'].replace('act(prompt)', "act('do it')") };
    const { analysis } = analyse({ ...dropping, 'src/shared/task.ts': TASK('/** @reshimu */') });
    const lost = analysis.findings.filter((f) => f.ruleId === 'preserve-reshimu');
    assert.deepEqual(lost.map((f) => path.basename(f.sourceFile.fileName)), ['step.ts']);
  });

  it('keeps what it found for a next analysis only when one will follow (an editor, not a CLI run)', () => {
    const dropping = { ...SOURCES, 'src/workflow/step.ts': SOURCES['src/workflow/step.ts'].replace('act(prompt)', "act('do it')") };
    const files = { ...dropping, 'src/shared/task.ts': TASK('/** @reshimu */') };
    const editor = analyse(files);
    const once = analyse(files, { keepForNext: false });
    assert.deepEqual(once.analysis.findings.map((f) => f.message), editor.analysis.findings.map((f) => f.message));
    assert.equal(once.analysis.resolutions.intent, undefined);
    // why: run holds the task and step the goal; act is handed 'do it', never the goal
    assert.deepEqual([...editor.analysis.resolutions.intent!.trees.keys()].map((fn) => fn.name).sort(), ['run', 'step']);
  });
});
