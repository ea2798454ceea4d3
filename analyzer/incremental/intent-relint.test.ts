import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { inMemoryProgram } from '../../test/support/in-memory-program.js';
import ts from '../typescript.cjs';
import { analyzeProgram, type Analysis } from '../analyze.js';
import { repoRoot } from '../../test/support/paths.js';

// An orchestrator hands the goal to a planner, which frames a prompt for a tool (through a helper
// returning what frame returns) and logs the user.
const root = path.join(repoRoot, 'virtual-intent-relint');
const file = (name: string) => path.join(root, 'src', name);
const SOURCES = new Map<string, string>([
  [file('shared/task.ts'), 'export interface Task {\n  /** @reshimu */\n  goal: string;\n  userId: string;\n}\n'],
  [
    file('orchestrator/run.ts'),
    "import type { Task } from '../shared/task.js';\nimport { plan } from '../planner/plan.js';\nexport function run(task: Task): string {\n  const brief = task.goal;\n  return plan(brief, task.userId);\n}\n",
  ],
  [
    file('planner/plan.ts'),
    "import { frame } from './frame.js';\nimport { act, log } from '../tools/act.js';\nexport function plan(goal: string, userId: string): string {\n  const prompt = brief(goal);\n  log(userId);\n  return act(prompt, userId);\n}\nfunction brief(goal: string): string {\n  return frame(goal);\n}\n",
  ],
  [file('planner/frame.ts'), "let latest = '';\nexport function frame(goal: string): string {\n  return 'Plan the task';\n}\nexport function last(): string {\n  return latest;\n}\n"],
  [file('tools/act.ts'), 'export function act(prompt: string, userId: string): string {\n  return prompt + userId;\n}\nexport function log(userId: string): void {\n  void userId;\n}\n'],
]);
const config = {
  config: {
    tiers: [
      { name: 'orchestrator', include: ['src/orchestrator/**'] },
      { name: 'planner', include: ['src/planner/**'] },
      { name: 'implementation', include: ['src/tools/**'] },
    ],
  },
  baseDir: root,
};
const programOf = inMemoryProgram;

/** One state of the project in an editor: its SourceFiles, its program and the analysis of it. */
interface Step {
  sourceFiles: Map<string, ts.SourceFile>;
  program: ts.Program;
  analysis: Analysis;
}

function start(): Step {
  const sourceFiles = new Map([...SOURCES].map(([name, text]) => [name, ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)]));
  const program = programOf(sourceFiles);
  return { sourceFiles, program, analysis: lint(analyzeProgram(program, config, root)) };
}

/** Lints as ESLint does: the findings, which ask for the intent flow. */
function lint(analysis: Analysis): Analysis {
  void analysis.findings;
  return analysis;
}

/** Replaces text that must be there: an edit that silently did nothing would prove nothing. */
function edit(step: Step, name: string, from: string, to: string): { next: Step; fresh: Analysis } {
  const text = step.sourceFiles.get(file(name))!.text;
  assert.ok(text.includes(from), `${name} no longer contains ${JSON.stringify(from)}`);
  const sourceFiles = new Map(step.sourceFiles);
  sourceFiles.set(file(name), ts.createSourceFile(file(name), text.replace(from, to), ts.ScriptTarget.ES2022, true));
  const program = programOf(sourceFiles, step.program);
  const analysis = lint(analyzeProgram(program, config, root, { previous: step.analysis.resolutions }));
  return { next: { sourceFiles, program, analysis }, fresh: lint(analyzeProgram(program, config, root)) };
}

/** What the intent flow says, by name and position (node identities differ between analyses): holders, and which crossing arguments carry each field. */
function intentShape(analysis: Analysis) {
  const { intent, graph, boundaries } = analysis.context;
  const at = (node: ts.Node) => `${path.relative(root, node.getSourceFile().fileName)}:${node.getStart()}`;
  return intent.fields.map((field) => ({
    field: field.id,
    holders: graph.functions.filter((fn) => intent.holds(fn, field)).map((fn) => `${fn.name}@${at(fn.decl)}`),
    crossing: boundaries.flatMap((b) => b.args.map((argument) => `${at(argument)} ${intent.carries(argument, field)}`)),
  }));
}

function findNode(node: ts.Node, test: (node: ts.Node) => boolean): ts.Node | undefined {
  return test(node) ? node : ts.forEachChild(node, (child) => findNode(child, test));
}

function reshimuFindings(analysis: Analysis): string[] {
  return analysis.findings.filter((f) => f.ruleId === 'preserve-reshimu').map((f) => `${path.relative(root, f.sourceFile.fileName)} ${f.message}`);
}

function assertSameAsFresh(reused: Analysis, fresh: Analysis): void {
  assert.deepEqual(intentShape(reused), intentShape(fresh));
  const all = (analysis: Analysis) => analysis.findings.map((f) => `${f.ruleId} ${path.relative(root, f.sourceFile.fileName)}:${f.start} ${f.message}`);
  assert.deepEqual(all(reused), all(fresh));
}

const lostAt = (from: string, to: string) => (finding: string) => finding.includes(`lost at ${from} `) && finding.includes(`→ ${to} (`);

describe('re-lint of intent after an edit inside function bodies', () => {
  const first = start();

  it('starts from the goal lost where the planner frames a prompt without it', () => {
    // why: frame ignores the goal, so neither the prompt nor userId crosses into act or log with it
    const findings = reshimuFindings(first.analysis);
    assert.equal(findings.length, 2);
    assert.ok(findings.some(lostAt('plan', 'act')));
    assert.ok(findings.some(lostAt('plan', 'log')));
  });

  it('redoes what the orchestrator hands down when it stops passing the goal, and again when it starts', () => {
    const stops = edit(first, 'orchestrator/run.ts', 'return plan(brief, task.userId);', "return plan('do it', task.userId);");
    assertSameAsFresh(stops.next.analysis, stops.fresh);
    // why: the planner no longer receives the goal, so it is lost where run calls plan, and nowhere below
    assert.deepEqual(reshimuFindings(stops.next.analysis).map((f) => f.split(';')[0]), [
      "src/orchestrator/run.ts Reshimu 'Task.goal' (src/shared/task.ts:3) is lost at run (orchestrator) → plan (planner)",
    ]);

    const startsAgain = edit(stops.next, 'orchestrator/run.ts', "return plan('do it', task.userId);", 'return plan(brief, task.userId);');
    assertSameAsFresh(startsAgain.next.analysis, startsAgain.fresh);
    assert.deepEqual(reshimuFindings(startsAgain.next.analysis), reshimuFindings(first.analysis));
  });

  it('redoes a holder below an edited caller that now hands it the goal in another parameter', () => {
    const { next, fresh } = edit(first, 'orchestrator/run.ts', 'return plan(brief, task.userId);', 'return plan(brief, task.goal);');
    assertSameAsFresh(next.analysis, fresh);
    // why: userId now carries the goal, and plan hands userId to both act and log
    assert.deepEqual(reshimuFindings(next.analysis), []);
  });

  it('redoes the callers of a function whose return now derives from the goal, and again when it no longer does', () => {
    const carries = edit(first, 'planner/frame.ts', "return 'Plan the task';", "return 'Goal: ' + goal;");
    assertSameAsFresh(carries.next.analysis, carries.fresh);
    // why: the prompt built by frame now carries the goal into act; log still gets only userId
    const findings = reshimuFindings(carries.next.analysis);
    assert.equal(findings.length, 1);
    assert.ok(findings.some(lostAt('plan', 'log')));
    // why: frame's summary is asked again in its new declaration and now says yes, so brief's, whose call to frame it answers, is asked again and says yes too
    assert.equal(carries.next.analysis.context.intent.work.returnsAskedAgain, 2);
    // why: brief's and plan's trees are redone (their calls now return the goal), frame's is edited, and act is now handed the prompt
    assert.equal(carries.next.analysis.context.intent.work.functionsVisited, 4);

    const stops = edit(carries.next, 'planner/frame.ts', "return 'Goal: ' + goal;", "return 'Plan the task';");
    assertSameAsFresh(stops.next.analysis, stops.fresh);
    assert.deepEqual(reshimuFindings(stops.next.analysis), reshimuFindings(first.analysis));
  });

  it('keeps nothing once a carrier is module state, which any function may read', () => {
    const assigns = edit(first, 'planner/frame.ts', "return 'Plan the task';", "latest = goal;\n  return 'Plan the task';");
    assertSameAsFresh(assigns.next.analysis, assigns.fresh);
    const { next, fresh } = edit(assigns.next, 'planner/frame.ts', 'latest = goal;', 'latest = goal;\n  void 0;');
    assertSameAsFresh(next.analysis, fresh);
    assert.equal(next.analysis.context.intent.work.treesKept, 0);
  });

  it('keeps the trees outside the edited file when a function inside the edited body had a return summary', () => {
    const helper = edit(first, 'planner/frame.ts', "return 'Plan the task';", "const wrap = (text: string) => text;\n  const framed = wrap(goal);\n  void framed;\n  return 'Plan the task';");
    assertSameAsFresh(helper.next.analysis, helper.fresh);
    const { next, fresh } = edit(helper.next, 'planner/frame.ts', 'void framed;', 'void framed;\n  void 0;');
    assertSameAsFresh(next.analysis, fresh);
    // why: wrap has no counterpart in the new body; only frame's own file calls it, so run's, plan's and brief's trees are kept
    assert.equal(next.analysis.context.intent.work.treesKept, 3);
  });

  it('asks again where intent enters when the config names another intent field, with no file edited', () => {
    const listed = { ...config, config: { ...config.config, reshimu: ['Task.userId'] } };
    const program = programOf(first.sourceFiles, first.program);
    const reused = lint(analyzeProgram(program, listed, root, { previous: first.analysis.resolutions }));
    const fresh = lint(analyzeProgram(program, listed, root));
    // why: the tag makes Task.goal one and the config Task.userId, which run receives in its Task
    assert.deepEqual(reused.context.intent.fields.map((field) => field.id), ['Task.goal', 'Task.userId']);
    assertSameAsFresh(reused, fresh);
  });

  it('leaves the previous program\'s intent facts as they were, for another program made from it', () => {
    // A start of its own: the other tests' edits from `first` would change first's facts before this test looks, were they changed.
    const own = start();
    const facts = own.analysis.resolutions.intent!;
    const shape = () =>
      JSON.stringify(
        [...facts.trees].map(([root, tree]) => ({
          root: root.name,
          gaveTo: [...tree.gaveTo].map((target) => target.name),
          carriers: [...tree.carriers].map(([id, carriers]) => [id, carriers.size]),
          holders: [...tree.holders].map(([id, holders]) => [id, holders.size]),
          passed: [...tree.passed].map(([id, passed]) => [id, passed.size]),
        })).concat(
          [...facts.fields].map(([id, field]) => ({
            field: id,
            holders: [...field.holders].map((holder) => holder.name),
            byFile: [...field.holdersByFile].map(([sourceFile, holders]) => [path.basename(sourceFile.fileName), [...holders].map((holder) => holder.name)]),
          })) as never[],
        ),
      );
    const before = shape();
    // why: brief's tree is kept and now gives the goal to frame's new declaration: it adds to a copy of its facts, not to first's
    const { next } = edit(own, 'planner/frame.ts', "return 'Plan the task';", "const n = 1;\n  void n;\n  return 'Plan the task';");
    assert.ok(next.analysis.context.intent.work.treesKept > 0);
    assert.equal(shape(), before);
  });

  it('keeps the carriers found after one edit through an edit of another file', () => {
    const runEdited = edit(first, 'orchestrator/run.ts', 'return plan(brief, task.userId);', 'console.log(brief);\n  return plan(brief, task.userId);');
    const { next, fresh } = edit(runEdited.next, 'tools/act.ts', 'void userId;', 'void userId;\n  void 0;');
    assert.ok(next.analysis.context.intent.work.treesKept > 0);
    assertSameAsFresh(next.analysis, fresh);
    // why: run's tree, redone after the first edit, is kept after the second: that brief carries the goal was found in the first re-lint
    const logged = (analysis: Analysis) => {
      const run = next.sourceFiles.get(file('orchestrator/run.ts'))!;
      const log = run.text.indexOf('console.log(brief)') + 'console.log('.length;
      const argument = findNode(run, (node) => ts.isIdentifier(node) && node.getStart() === log) as ts.Expression;
      return analysis.context.intent.carries(argument, analysis.context.intent.fields[0]!);
    };
    assert.equal(logged(fresh), true);
    assert.equal(logged(next.analysis), true);
  });

  it('carries the seeds of unchanged files over to the intent field in the edited file\'s new SourceFile', () => {
    const withBody = edit(first, 'shared/task.ts', '}\n', '}\nexport function label(id: string): string {\n  return id;\n}\n');
    const { next, fresh } = edit(withBody.next, 'shared/task.ts', 'return id;', 'return id + "";');
    assertSameAsFresh(next.analysis, fresh);
    // why: run's seed (its Task parameter) was found in a file left as it was; the field it names is declared in the edited file
    const newTask = next.sourceFiles.get(file('shared/task.ts'));
    assert.deepEqual(
      next.analysis.context.intent.fields.map((field) => field.declaration.getSourceFile() === newTask),
      [true],
    );
  });

  it('follows again only the edited function when its return summary stays the same', () => {
    const { next, fresh } = edit(first, 'planner/frame.ts', "return 'Plan the task';", "const n = 1;\n  void n;\n  return 'Plan the task';");
    assertSameAsFresh(next.analysis, fresh);
    const reused = next.analysis.context.intent.work;
    // why: frame is the only function of the edited file; its summary is the same, so neither brief's tree nor plan's is redone
    assert.equal(reused.functionsVisited, 1);
    assert.equal(reused.returnsAskedAgain, 1);
    // why: frame's only parameter is declared string, which holds no field: the checker is not asked
    assert.equal(reused.parametersTyped, 0);
    // why: a fresh analysis follows the four holders, run, plan, brief and frame; the re-lint keeps the trees of the first three
    assert.equal(fresh.context.intent.work.functionsVisited, 4);
    assert.equal(reused.treesKept, 3);
  });
});
