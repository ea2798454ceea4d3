import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { inMemoryProgram } from '../../test/support/in-memory-program.js';
import { ResolutionCache } from '../incremental/resolution-cache.js';
import { buildCallGraph, type CallGraph } from './call-graph.js';

const SOURCE = `
interface Worker { work(job: string): string }
class Cutter implements Worker { work(job: string) { return job; } }
class Welder implements Worker { work(job: string) { return job + '!'; } }
function plan(worker: Worker, job: string) { return worker.work(job); }
function review(worker: Worker) { worker.work('check'); return format('ok'); }
function format(text: string) { return text; }
function schedule(run: (job: string) => string) { return run('now'); }
function start() { return schedule(format); }
`;

function graphOf(source: string): CallGraph {
  const sourceFile = ts.createSourceFile('/project/work.ts', source, ts.ScriptTarget.ES2022, true);
  const program = inMemoryProgram(new Map([[sourceFile.fileName, sourceFile]]));
  return buildCallGraph(program, [program.getSourceFile(sourceFile.fileName)!]);
}

const named = (graph: CallGraph, name: string) => graph.functions.find((fn) => fn.name === name)!;

describe('buildCallGraph', () => {
  it('keeps one record per call through an interface member, every such call sharing one list of implementations', () => {
    const graph = graphOf(SOURCE);
    const [fromPlan] = graph.callsFrom(named(graph, 'plan'));
    const [fromReview] = graph.callsFrom(named(graph, 'review'));
    assert.deepEqual(fromPlan!.callees.map((fn) => fn.name), ['Cutter.work', 'Welder.work']);
    // why: sharing the list keeps the graph linear in calls, not in calls × implementations
    assert.equal(fromPlan!.callees, fromReview!.callees);
  });

  it('gives each callee of a dispatched call its own edge, out of the caller and into the callee, in call order', () => {
    const graph = graphOf(SOURCE);
    const describeEdge = (edge: { caller: { name: string }; callee: { name: string }; kind: string }) => `${edge.caller.name} -> ${edge.callee.name} ${edge.kind}`;
    assert.deepEqual(graph.outgoing(named(graph, 'review')).map(describeEdge), ['review -> Cutter.work call', 'review -> Welder.work call', 'review -> format call']);
    assert.deepEqual(graph.incoming(named(graph, 'Welder.work')).map(describeEdge), ['plan -> Welder.work call', 'review -> Welder.work call']);
    // why: format is called by review, and handed to schedule by start, later in the file
    assert.deepEqual(graph.incoming(named(graph, 'format')).map(describeEdge), ['review -> format call', 'start -> format callback']);
    assert.equal(graph.edges().length, graph.functions.reduce((sum, fn) => sum + graph.outgoing(fn).length, 0));
  });

  it('keeps the calls through one member sharing one list after a body edit in the implementations\' file', () => {
    const workers = (body: string) =>
      ts.createSourceFile('/project/workers.ts', `export interface Worker { work(job: string): string }
export class Cutter implements Worker { work(job: string) { ${body}return job; } }
export class Welder implements Worker { work(job: string) { return job + '!'; } }
`, ts.ScriptTarget.ES2022, true);
    const callers = ts.createSourceFile('/project/callers.ts', `import type { Worker } from './workers';
export function plan(worker: Worker, job: string) { return worker.work(job); }
export function review(worker: Worker) { return worker.work('check'); }
`, ts.ScriptTarget.ES2022, true);
    const before = inMemoryProgram(new Map([[callers.fileName, callers], [workers('').fileName, workers('')]]));
    const firstCache = new ResolutionCache();
    buildCallGraph(before, [before.getSourceFile(callers.fileName)!, before.getSourceFile('/project/workers.ts')!], firstCache);
    const after = inMemoryProgram(new Map([[callers.fileName, callers], ['/project/workers.ts', workers('void 0; ')]]), before);
    const files = [after.getSourceFile(callers.fileName)!, after.getSourceFile('/project/workers.ts')!];
    const cache = ResolutionCache.next(firstCache, files);
    const graph = buildCallGraph(after, files, cache);
    const [fromPlan] = graph.callsFrom(named(graph, 'plan'));
    const [fromReview] = graph.callsFrom(named(graph, 'review'));
    // why: the callers' answers are kept (carried over to the edited file), not asked again
    assert.equal(cache.reusedFiles, 1);
    assert.deepEqual(fromPlan!.callees.map((fn) => fn.decl.getSourceFile() === files[1]), [true, true]);
    // why: the answer carried over to the edited file is one list for every call through the member
    assert.equal(fromPlan!.callees, fromReview!.callees);
  });
});
