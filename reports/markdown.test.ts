import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisReport } from '../analyzer/model.js';
import { formatMarkdown } from './markdown.js';
import { escapeMarkdown, escapeMermaidLabel } from './markdown/escape.js';
import { HOSTILE_NAME, hostileReport } from './test-support/hostile-report.js';
import { mermaidBlocks } from './test-support/markdown-blocks.js';
import { sampleReport } from './test-support/sample-report.js';

const context = { rootDir: '/repo', readSource: () => undefined };

/** Cells of a Markdown table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

function tableAfter(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  assert.notEqual(start, -1, `no table starting with ${header}`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
  return rows;
}

/** A report with `count` components spread over three tiers, each calling the next one down. */
function largeReport(count: number): AnalysisReport {
  const report = sampleReport();
  const tiers = ['orchestrator', 'council', 'design'];
  report.tiers = tiers.map((name, rank) => ({ name, rank, declared: true }));
  report.components = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`, kind: 'agent' as const, name: `Agent${i}`, tier: tiers[i % 3]!, framework: 'code' as const, file: 'src/a.ts', line: i + 1,
  }));
  report.boundaries = Array.from({ length: count - 1 }, (_, i) => ({
    ...sampleReport().boundaries[1]!, id: `b${i}`, from: `c${i}`, to: `c${i + 1}`,
    checks: { declared: i % 2 === 0, calibrated: true, preserving: true, directed: true },
  }));
  report.summary = { ...report.summary, components: count, boundaries: count - 1, designed: Math.ceil((count - 1) / 2) };
  return report;
}

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(sampleReport(), context);

  it('summarises components, tiers, boundaries, designed share and findings by rule', () => {
    assert.match(markdown, /^## tzimtzum audit\n\n8 components in 5 tiers, 9 boundaries, \*\*4 designed \(44%\)\*\*\.\nFindings: \*\*4 errors\*\*, 2 warnings\.\n/);
    assert.deepEqual(tableAfter(markdown, '| Rule |'), [
      ['`no-context-passthrough`', 'Calibrated', '1', '0'],
      ['`require-boundary-contract`', 'Declared', '0', '1'],
      ['`preserve-reshimu`', 'Preserving', '1', '0'],
      ['`no-tier-skip`', 'Directed', '0', '1'],
      ['`no-upward-dependency`', 'Directed', '1', '0'],
      ['`no-sensitive-exposure`', 'Calibrated', '1', '0'],
    ]);
  });

  it('says how many findings a baseline suppressed', () => {
    const report = sampleReport();
    report.summary.suppressed = 3;
    assert.match(formatMarkdown(report, context), /Findings: \*\*4 errors\*\*, 2 warnings \(3 more suppressed by the baseline\)\./);
  });

  it('draws one subgraph per tier in rank order, edges styled by status', () => {
    const [diagram] = mermaidBlocks(markdown);
    assert.ok(diagram);
    const subgraphs = [...diagram.matchAll(/subgraph (t\d+)\["([^"]*)"\]/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(subgraphs, [
      ['t0', '0 · orchestrator'],
      ['t1', '1 · council'],
      ['t2', '2 · design'],
      ['t3', '3 · workflow'],
      ['t4', '4 · implementation'],
      ['t5', 'outside the stack'],
    ]);
    assert.equal(diagram.match(/^ {4}n\d+\["/gm)?.length, 8);
    assert.equal(diagram.match(/ -->\|/g)?.length, 4);
    assert.equal(diagram.match(/ -\.->\|/g)?.length, 5);
    assert.match(diagram, /linkStyle 1,2,4,6 stroke:#1a7f37/);
    assert.match(diagram, /linkStyle 0,3,5,7,8 stroke:#cf222e/);
  });

  it('tabulates every boundary with its four checks and bandwidth used', () => {
    const rows = tableAfter(markdown, '| Boundary |');
    assert.equal(rows.length, 9);
    assert.deepEqual(rows[0], [
      'b1 (src/orchestrator/research-orchestrator.ts:24)', 'ResearchOrchestrator (orchestrator)', 'Planner (council)',
      'handoff', '—', '✅', '❌', '✅', '✅', '2 / 11',
    ]);
    assert.deepEqual(rows[3]!.slice(4), ['—', '❌', '✅', '❌', '✅', '2 / 2']);
    assert.equal(rows[8]![9], '—', 'nothing exposed');
  });

  it('groups findings by rule with file:line and message', () => {
    assert.match(markdown, /#### `no-context-passthrough` \(1\)\n\nDisallow handing a whole context object down across a tier boundary\.\n\n- ❌ src\/orchestrator\/research-orchestrator\.ts:24:34: Whole context 'ctx'/);
    assert.match(markdown, /#### `no-tier-skip` \(1\)\n\n.*\n\n- ⚠️ src\/council\/planner\.ts:40:32: Planner \(council\) calls ResearchWorkflow/);
    assert.match(markdown, /- Task\.goal \(src\/contracts\/task\.ts:4\): ❌ lost at b4, OutlineDesigner \(design\) → ResearchWorkflow \(workflow\)\./);
  });

  it('collapses large graphs to one node per tier and says so', () => {
    const big = formatMarkdown(largeReport(61), context);
    assert.match(big, /61 components \(more than 60\), so the diagram shows one node per tier/);
    const [diagram] = mermaidBlocks(big);
    assert.ok(diagram);
    assert.doesNotMatch(diagram, /subgraph|\bn\d+\[/);
    assert.deepEqual([...diagram.matchAll(/^ {2}(t\d)\["([^"]*)"\]/gm)].map((m) => m[2]), [
      '0 · orchestrator#58; 21 components',
      '1 · council#58; 20 components',
      '2 · design#58; 20 components',
    ]);
    // 60 boundaries between three tiers aggregate into three edges (0→1, 1→2, 2→0).
    assert.deepEqual([...diagram.matchAll(/(t\d) -\.?->\|"([^"]*)"\| (t\d)/g)].map((m) => `${m[1]}>${m[3]} ${m[2]}`), [
      't0>t1 20 boundaries, 10 undesigned',
      't1>t2 20 boundaries, 10 undesigned',
      't2>t0 20 boundaries, 10 undesigned',
    ]);
    const small = formatMarkdown(largeReport(60), context);
    assert.match(mermaidBlocks(small)[0]!, /subgraph t0/);
  });

  it('escapes everything taken from the analysed code', () => {
    const hostile = formatMarkdown(hostileReport(), context);
    assert.doesNotMatch(hostile, /<(?!br>|details>|\/details>|summary>|\/summary>)[a-z/]/i, 'no raw HTML besides our own');
    assert.doesNotMatch(hostile, /(?<!\\)\]\(javascript/, 'no link');
    assert.doesNotMatch(hostile, /(?<!&#64;|\\)@everyone/);
    assert.ok(!hostile.includes(HOSTILE_NAME));
    for (const row of tableAfter(hostile, '| Boundary |')) assert.equal(row.length, 10, row.join(' ¦ '));
    const [diagram] = mermaidBlocks(hostile);
    assert.ok(diagram);
    for (const line of diagram.split('\n')) {
      const quoted = line.match(/"/g)?.length ?? 0;
      assert.ok(quoted === 0 || quoted === 2, `one quoted label per line: ${line}`);
    }
  });
});

describe('escapeMarkdown', () => {
  it('neutralises markup, pipes, code, math and mentions', () => {
    assert.equal(escapeMarkdown('a|b `c` *d* _e_ [f](g) $h$ @i <j> & k\nl'),
      'a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\$h\\$ &#64;i &lt;j&gt; &amp; k l');
  });
});

describe('escapeMermaidLabel', () => {
  it('leaves no quote, markup or entity start in a label', () => {
    assert.equal(escapeMermaidLabel('a"b<c>&#1;`d`: 100%\ne'), 'a#quot;b#lt;c#gt;#amp;#35;1;#96;d#96;#58; 100#37; e');
  });
});
