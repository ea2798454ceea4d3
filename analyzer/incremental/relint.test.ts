import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { inMemoryProgram } from '../../test/support/in-memory-program.js';
import ts from '../typescript.cjs';
import { analyzeProgram, type Analysis } from '../analyze.js';
import { resolveConfig } from '../config/load-config.js';
import { loadProgram } from '../program/load-program.js';
import { repoRoot } from '../../test/support/paths.js';

const fixture = path.join(repoRoot, 'fixtures', 'annotated-stack');
const reply = path.join(fixture, 'src', 'workflow', 'reply.ts');
const delivery = path.join(fixture, 'src', 'workflow', 'delivery.ts');

/** The program an editor gets after an edit to one file: every other SourceFile is reused. */
function programAfterEdit(previous: ts.Program, edited: string, edit: (text: string) => string): ts.Program {
  const options = previous.getCompilerOptions();
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, fresh) =>
    fileName === edited
      ? ts.createSourceFile(fileName, edit(previous.getSourceFile(fileName)!.text), version, true)
      : ((!fileName.includes('/node_modules/') && previous.getSourceFile(fileName)) || read(fileName, version, onError, fresh));
  return ts.createProgram({ rootNames: previous.getRootFileNames(), options, host, oldProgram: previous });
}

/** Replaces text that must be there: an edit that silently did nothing would prove nothing. */
const replacing = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `the fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

/** Everything the checks and reports read, by file, name and position (node identities differ between analyses). */
function shape(analysis: Analysis) {
  const { graph, tiers, boundaries, components, diagnostics, rootDir } = analysis.context;
  const at = (node: ts.Node) => `${path.relative(rootDir, node.getSourceFile().fileName)}:${node.getStart()}`;
  const fn = (f: { name: string; decl: ts.Node } | undefined) => (f ? `${f.name}@${at(f.decl)}` : '-');
  return {
    functions: graph.functions.map((f) => `${fn(f)} tier=${tiers.tierOfFunction(f)} shared=${tiers.isShared(f)}`),
    edges: graph.edges().map((e) => `${fn(e.caller)} -> ${fn(e.callee)} ${e.kind} @${at(e.site)} via=${graph.dispatchedThrough(e.call) ? at(graph.dispatchedThrough(e.call)!) : '-'}`),
    components: components.all.map((c) => `${c.id} ${c.kind} ${c.name} tier=${c.tier} entry=${fn(c.entry)} @${at(c.node)}`),
    boundaries: boundaries.map((b) => `${b.id} ${b.kind} ${b.fromTier}->${b.toTier} ${b.from.id}->${b.to.id} ${fn(b.sender)}->${fn(b.receiver)} @${at(b.site)}`),
    findings: analysis.findings.map((f) => `${f.ruleId} ${at({ getSourceFile: () => f.sourceFile, getStart: () => f.start } as ts.Node)} ${f.message}`),
    diagnostics: diagnostics.map((d) => JSON.stringify(d)),
  };
}

describe('re-lint after an edit inside function bodies', () => {
  const loaded = loadProgram(path.join(fixture, 'tsconfig.json'));
  const config = resolveConfig({ searchFrom: fixture });
  const first = analyzeProgram(loaded.program, config, loaded.rootDir);
  void first.findings;
  void first.context.intent;
  const projectFiles = first.context.files.length;

  /** The analysis reusing the first one, and a from-scratch analysis of the same new program. */
  const afterEdit = (file: string, edit: (text: string) => string) => {
    const program = programAfterEdit(loaded.program, file, edit);
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    const fresh = analyzeProgram(program, config, loaded.rootDir);
    return { program, reused, fresh };
  };

  it('gives what a fresh analysis gives when a body edit adds a cross-tier call', () => {
    const { reused, fresh } = afterEdit(reply, replacing('Promise<Resolution> {\n', "Promise<Resolution> {\n  await reopenTicket(ticketId, 'started');\n"));
    assert.equal(reused.resolutions.reusedFiles, projectFiles - 1);
    const upward = shape(reused).findings.filter((f) => f.startsWith('no-upward-dependency src/workflow/reply.ts'));
    // why: two calls from the workflow step up into the orchestrator now, the added one and `return reopenTicket(...)`
    assert.equal(upward.length, 2);
    assert.deepEqual(shape(reused), shape(fresh));
  });

  it('gives what a fresh analysis gives when a body edit removes a cross-tier call', () => {
    const { reused, fresh } = afterEdit(reply, replacing("return reopenTicket(ticketId, 'delivery failed');", "throw new Error('delivery failed');"));
    // why: the only call up into the orchestrator is gone, and so is its boundary
    assert.equal(shape(reused).findings.filter((f) => f.startsWith('no-upward-dependency src/workflow/reply.ts')).length, 0);
    assert.ok(!shape(reused).boundaries.some((b) => b.includes('reopenTicket')));
    assert.deepEqual(shape(reused), shape(fresh));
  });

  it('carries calls into the edited file (direct, through an interface, a callback handed over) to its new declarations', () => {
    const { program, reused, fresh } = afterEdit(
      delivery,
      (text) => replacing('return response.ok;', 'const ok = response.ok;\n    return ok;')(replacing("{ method: 'POST' });", "{ method: 'POST', keepalive: true });")(text)),
    );
    assert.deepEqual(shape(reused), shape(fresh));
    const edited = program.getSourceFile(delivery)!;
    const intoEdited = reused.context.graph.edges().filter((e) => e.callee.sourceFile === edited && e.caller.sourceFile !== edited);
    // why: reply.ts calls SmtpMailer.send through Mailer, plan.ts hands flushOutbox to whenIdle
    assert.deepEqual(intoEdited.map((e) => `${e.caller.name} -> ${e.callee.name} ${e.kind}`).sort(), ['planResolution -> flushOutbox callback', 'runReplyWorkflow -> SmtpMailer.send call']);
  });

  it('places every function by the tier globs of a changed config, with no file edited', () => {
    // The editor's next program after an edit of tzimtzum.config.json alone: the same SourceFiles.
    const program = programAfterEdit(loaded.program, reply, (text) => text);
    const design = config.config.tiers!.find((tier) => tier.name === 'design')!;
    const moved = { ...config, config: { ...config.config, tiers: config.config.tiers!.map((tier) => (tier.name === 'orchestrator' ? { ...tier, include: [...tier.include!, ...design.include!] } : tier)) } };
    const reused = analyzeProgram(program, moved, loaded.rootDir, { previous: first.resolutions });
    const fresh = analyzeProgram(program, moved, loaded.rootDir);
    const planResolution = reused.context.graph.functions.find((fn) => fn.name === 'planResolution')!;
    // why: src/design/** is now listed under orchestrator too, and the first tier whose glob matches wins
    assert.equal(reused.context.tiers.tierOfFunction(planResolution), 'orchestrator');
    assert.deepEqual(shape(reused), shape(fresh));
  });

  it('walks only the edited file, asks the checker only about its calls, and rebuilds only the edges from it and into it', () => {
    const { program, reused, fresh } = afterEdit(delivery, replacing('return response.ok;', 'const ok = response.ok;\n    return ok;'));
    assert.equal(reused.resolutions.indexedFiles, 1);
    assert.equal(fresh.resolutions.indexedFiles, projectFiles);
    const edited = program.getSourceFile(delivery)!;
    const outside = (questions: ReadonlyMap<ts.SourceFile, number>) => [...questions].filter(([sf]) => sf !== edited).reduce((n, [, count]) => n + count, 0);
    // why: `new SmtpMailer()` names a project class; fetch and JSON.stringify name no project function
    assert.equal(reused.resolutions.questions.get(edited), 1);
    // why: reply.ts's `mailer.send(draft)` and plan.ts's `flushOutbox` resolve into delivery.ts, and are carried over, not asked again
    assert.equal(outside(reused.resolutions.questions), 0);
    assert.ok(outside(fresh.resolutions.questions) >= 2);
    // why: edges are rebuilt for delivery.ts and for the two files whose calls land in it (reply.ts, plan.ts); every other file's are kept
    assert.equal(reused.resolutions.edgeFiles, 3);
    assert.equal(fresh.resolutions.edgeFiles, projectFiles);
  });
});

describe('re-lint when a call in an unchanged file resolves into an edited body', () => {
  // b.ts calls the closure make() returns: its target is an arrow function inside make's body.
  const root = path.join(repoRoot, 'virtual-relint');
  const files = new Map<string, string>([
    [path.join(root, 'src/tools/a.ts'), 'export function make() {\n  return { run: (query: string) => query.length };\n}\n'],
    [path.join(root, 'src/workflow/b.ts'), "import { make } from '../tools/a.js';\nexport function step(query: string): number {\n  return make().run(query);\n}\n"],
  ]);
  const programOf = inMemoryProgram;
  const config = { config: { tiers: [{ name: 'workflow', include: ['src/workflow/**'] }, { name: 'implementation', include: ['src/tools/**'] }] }, baseDir: root };

  it('asks again about the call, which now runs the new arrow function', () => {
    const sourceFiles = new Map([...files].map(([name, text]) => [name, ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)]));
    const program = analyzeProgram(programOf(sourceFiles), config, root);
    const crossing = (analysis: Analysis) => analysis.context.boundaries.map((b) => `${b.fromTier}->${b.toTier} ${b.sender.name}->${b.receiver?.name}@${b.receiver?.decl.getStart()}`);
    const a = path.join(root, 'src/tools/a.ts');
    // why: step (workflow) calls make and runs the arrow function inside make's body (implementation)
    assert.deepEqual(crossing(program), [`workflow->implementation step->make@0`, `workflow->implementation step->run@${files.get(a)!.indexOf('(query')}`]);

    const edited = new Map(sourceFiles);
    edited.set(a, ts.createSourceFile(a, files.get(a)!.replace('return {', 'const n = 1;\n  return {'), ts.ScriptTarget.ES2022, true));
    const next = programOf(edited, programOf(sourceFiles));
    const reused = analyzeProgram(next, config, root, { previous: program.resolutions });
    const fresh = analyzeProgram(next, config, root);
    assert.equal(reused.resolutions.reusedFiles, 1);
    // why: the arrow function is the new one, after the added `const n = 1;`
    assert.deepEqual(crossing(reused), [`workflow->implementation step->make@0`, `workflow->implementation step->run@${edited.get(a)!.text.indexOf('(query')}`]);
    assert.deepEqual(crossing(reused), crossing(fresh));
  });
});
