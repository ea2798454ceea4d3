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
  it('writes the graph to -o instead of standard output, honouring the rule levels of the config', async () => {
    const dir = inferredProject();
    const tiers = [{ name: 'top', include: ['src/desk.ts'] }, { name: 'middle', include: ['src/research.ts'] }, { name: 'bottom', include: ['src/search.ts'] }];
    fs.writeFileSync(path.join(dir, 'tzimtzum.config.json'), JSON.stringify({ tiers, rules: { 'no-tier-skip': 'off' } }));
    fs.writeFileSync(path.join(dir, 'src/desk.ts'), `import { research } from './research.js';\nimport { search } from './search.js';\n/** @component */\nexport function desk(goal: string) {\n  return [research(goal), search(goal)];\n}\n`);
    const out = path.join(dir, 'graph.json');
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json'), '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const graph = JSON.parse(fs.readFileSync(out, 'utf8'));
    // why: desk → search skips the middle tier, but no-tier-skip is off: that boundary still counts as directed.
    assert.deepEqual(graph.boundaries.map((b: { checks: { directed: boolean } }) => b.checks.directed), [true, true, true]);
  });

  it('prints components, inferred tiers and boundaries as JSON', async () => {
    const dir = inferredProject();
    const run = await runCli(['graph', '-p', path.join(dir, 'tsconfig.json')]);
    assert.equal(run.code, 0, run.stderr);
    const graph = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(graph), ['schemaVersion', 'tool', 'tiers', 'components', 'boundaries', 'diagnostics']);
    assert.deepEqual(graph.diagnostics, []);
    // Inferred tiers are named by rank and role, never with the default stack's names.
    assert.deepEqual(graph.tiers, [
      { name: 'entry', rank: 0, declared: false },
      { name: 'delegate-1', rank: 1, declared: false },
      { name: 'implementation', rank: 2, declared: false },
    ]);
    assert.deepEqual(graph.components.map((c: { name: string; tier: string }) => [c.name, c.tier]), [
      ['desk', 'entry'],
      ['research', 'delegate-1'],
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
    // why: each tier lists exactly its own components, by rank, each at the line of its declaration.
    assert.equal(
      run.stdout,
      [
        'Tiers (inferred from the delegation structure), top first:',
        '  0 entry: desk (function, src/desk.ts:3)',
        '  1 delegate-1: research (function, src/research.ts:3)',
        '  2 implementation: search (function, src/search.ts:2)',
        'Wrote tzimtzum.config.json:',
        '  entry: src/desk.ts',
        '  delegate-1: src/research.ts',
        '  implementation: src/search.ts',
        '',
      ].join('\n'),
    );
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8'));
    assert.deepEqual(config.tiers, [
      { name: 'entry', include: ['src/desk.ts'] },
      { name: 'delegate-1', include: ['src/research.ts'] },
      { name: 'implementation', include: ['src/search.ts'] },
    ]);
    const audit = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    const report = JSON.parse(audit.stdout);
    assert.deepEqual(report.tiers.map((t: { declared: boolean }) => t.declared), [true, true, true]);
    assert.deepEqual(report.diagnostics, []);
  });

  it('places components of a file that mixes tiers by name, and says so', async () => {
    const dir = inferredProject();
    // `search` moves into research.ts: one file now holds a delegate-1 and an implementation component.
    fs.writeFileSync(
      path.join(dir, 'src/research.ts'),
      `/** @component */\nexport function research(query: string) {\n  return search(query);\n}\n/** @component */\nexport function search(query: string) {\n  return [query];\n}\n`,
    );
    fs.rmSync(path.join(dir, 'src/search.ts'));
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json')], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8'));
    assert.deepEqual(config.tiers, [
      { name: 'entry', include: ['src/desk.ts'] },
      { name: 'delegate-1', components: ['research'] },
      { name: 'implementation', components: ['search'] },
    ]);
    assert.deepEqual(run.stdout.split('\n').slice(0, 8), [
      'Tiers (inferred from the delegation structure), top first:',
      '  0 entry: desk (function, src/desk.ts:3)',
      '  1 delegate-1: research (function, src/research.ts:2)',
      '  2 implementation: search (function, src/research.ts:6)',
      'Wrote tzimtzum.config.json:',
      '  entry: src/desk.ts',
      "  delegate-1: component 'research'",
      "  implementation: component 'search'",
    ]);
    assert.match(run.stdout, /note: 'search' \(src\/research\.ts\) is placed in implementation by name/);
    const audit = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    const report = JSON.parse(audit.stdout);
    assert.deepEqual(report.components.map((c: { name: string; tier: string }) => [c.name, c.tier]), [
      ['desk', 'entry'],
      ['research', 'delegate-1'],
      ['search', 'implementation'],
    ]);
  });

  it('keeps the tiers a config already declares: --force never turns them into inferred ones', async () => {
    const dir = inferredProject();
    const declared = [{ name: 'top', include: ['src/desk.ts', 'src/research.ts'] }, { name: 'bottom', include: ['src/search.ts'] }];
    fs.writeFileSync(path.join(dir, 'tzimtzum.config.json'), JSON.stringify({ tiers: declared }));
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json'), '--force'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Tiers \(declared by the config\), top first:\n {2}0 top: desk \(function, src\/desk\.ts:3\), research \(function, src\/research\.ts:3\)\n/);
    assert.match(run.stdout, /\nWrote tzimtzum\.config\.json:\n {2}top: src\/desk\.ts, src\/research\.ts\n {2}bottom: src\/search\.ts\n$/);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'tzimtzum.config.json'), 'utf8')).tiers, declared);
  });

  it('keeps a tier that only fixes the order, and says so', async () => {
    const dir = inferredProject();
    const declared = [{ name: 'top', include: ['src/desk.ts', 'src/research.ts'] }, { name: 'middle' }, { name: 'bottom', include: ['src/search.ts'] }];
    fs.writeFileSync(path.join(dir, 'tzimtzum.config.json'), JSON.stringify({ tiers: declared }));
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json'), '--force'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    // why: no component is in `middle`: it shows a dash among the tiers and "(order only)" among what is written.
    assert.match(run.stdout, /\n {2}1 middle: —\n/);
    assert.match(run.stdout, /\n {2}middle: \(order only\)\n/);
  });

  it('says the tiers come from @tier tags when only tags declare them', async () => {
    const dir = inferredProject();
    for (const [file, tier] of [['desk', 'orchestrator'], ['research', 'workflow'], ['search', 'implementation']]) {
      const text = fs.readFileSync(path.join(dir, `src/${file}.ts`), 'utf8');
      fs.writeFileSync(path.join(dir, `src/${file}.ts`), text.replace('/** @component */', `/** @component @tier ${tier} */`));
    }
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json')], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Tiers \(declared by @tier tags\), top first:\n/);
  });

  it('writes nothing, and says why, when no component is recognised', async () => {
    const dir = inferredProject();
    for (const file of ['desk', 'research', 'search']) {
      const text = fs.readFileSync(path.join(dir, `src/${file}.ts`), 'utf8');
      fs.writeFileSync(path.join(dir, `src/${file}.ts`), text.replace('/** @component */\n', ''));
    }
    fs.appendFileSync(path.join(dir, 'src/search.ts'), `import 'not-installed';\n`);
    const run = await runCli(['init', '-p', path.join(dir, 'tsconfig.json')], { cwd: dir });
    assert.equal(run.code, 2);
    // why: the reason follows on indented lines: the info diagnostic (nothing recognised), not the warning about the import.
    assert.match(run.stderr, /no tiers to write: no component was recognised, so nothing was written\n {2}\S[^\n]*@component/);
    assert.doesNotMatch(run.stderr, /not-installed/);
    assert.equal(fs.existsSync(path.join(dir, 'tzimtzum.config.json')), false);
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
