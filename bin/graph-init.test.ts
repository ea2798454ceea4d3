import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../test/support/run-cli.js';
import { makeTempDir } from '../test/support/temp-dir.js';

/** Three home-grown components and no config: tiers are inferred from who delegates to whom. */
function inferredProject(): string {
  const dir = makeTempDir('tzimtzum-init-');
  const files: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true }, include: ['src'] }),
    'src/desk.ts': `import { research } from './research.js';\n/** @component */\nexport function desk(goal: string) {\n  return research(goal);\n}\n`,
    'src/research.ts': `import { search } from './search.js';\n/** @component */\nexport function research(query: string) {\n  return search(query);\n}\n`,
    'src/search.ts': `/** @component */\nexport function search(query: string) {\n  return [query];\n}\n`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('tzimtzum graph', () => {
  it('prints components, inferred tiers and boundaries as JSON', async () => {
    const dir = inferredProject();
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 0, run.stderr);
    const graph = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(graph), ['schemaVersion', 'tool', 'tiers', 'components', 'boundaries']);
    assert.deepEqual(graph.tiers, [
      { name: 'orchestrator', rank: 0, declared: false },
      { name: 'council', rank: 1, declared: false },
      { name: 'implementation', rank: 2, declared: false },
    ]);
    assert.deepEqual(graph.components.map((c: { name: string; tier: string }) => [c.name, c.tier]), [
      ['desk', 'orchestrator'],
      ['research', 'council'],
      ['search', 'implementation'],
    ]);
    assert.equal(graph.boundaries.length, 2);
  });

  it('prints Graphviz DOT with one cluster per tier', async () => {
    const dir = inferredProject();
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json'), '-f', 'dot']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^digraph tzimtzum \{/);
    assert.equal(run.stdout.match(/subgraph cluster_/g)?.length, 3);
    assert.match(run.stdout, /c1 -> c2 \[label="b1 call"/);
  });

  it('prints a Mermaid flowchart with one subgraph per tier', async () => {
    const dir = inferredProject();
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json'), '-f', 'mermaid']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^flowchart TB/);
    assert.equal(run.stdout.match(/^ {2}subgraph /gm)?.length, 3);
  });

  it('rejects a format it does not have', async () => {
    const dir = inferredProject();
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json'), '-f', 'html']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown format 'html' for graph \(expected json, dot, mermaid\)/);
  });
});

describe('tzimtzum init', () => {
  it('prints the inferred tiers and writes them as a starting config that audit then uses', async () => {
    const dir = inferredProject();
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json')], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /inferred from the delegation structure/);
    assert.match(run.stdout, /0 orchestrator: desk \(function, src\/desk\.ts:3\)/);
    assert.match(run.stdout, /Wrote tzimtzum\.config\.json/);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8'));
    assert.deepEqual(config.tiers, [
      { name: 'orchestrator', include: ['src/desk.ts'] },
      { name: 'council', include: ['src/research.ts'] },
      { name: 'implementation', include: ['src/search.ts'] },
    ]);
    const audit = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    const report = JSON.parse(audit.stdout);
    assert.deepEqual(report.tiers.map((t: { declared: boolean }) => t.declared), [true, true, true]);
    assert.deepEqual(report.diagnostics, []);
  });

  it('never overwrites an existing config without --force', async () => {
    const dir = inferredProject();
    fs.writeFileSync(path.join(dir, 'tzimtzum.config.json'), '{ "reshimu": ["goal"] }\n');
    const refused = await runCli(['init', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /tzimtzum\.config\.json: already exists; use --force to overwrite it/);
    assert.equal(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8'), '{ "reshimu": ["goal"] }\n');
    const forced = await runCli(['init', '-p', path.join(dir, 'tsconfig.json'), '--force']);
    assert.equal(forced.code, 0);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8'));
    assert.deepEqual(config.reshimu, ['goal'], 'keeps the rest of the existing config');
    assert.equal(config.tiers.length, 3);
  });
});
