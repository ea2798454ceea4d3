import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { FindingInfo } from '../analyzer/model.js';
import { formatHtml } from './html.js';
import { isExposedPathRead } from './html/boundary-sections.js';
import { layoutTierDiagram } from './html/diagram-layout.js';
import { diagramGroups, diagramView } from './html/diagram-view.js';
import { escapeHtml, jsonForScript } from './html/escape.js';
import { excerptHtml } from './html/findings-section.js';
import { HOSTILE_FILE, HOSTILE_SOURCE, hostileReport } from './test-support/hostile-report.js';
import { sampleReport, sampleSources } from './test-support/sample-report.js';

const sources = sampleSources();
const context = { rootDir: '/repo', readSource: (file: string) => sources[file] };

describe('formatHtml', () => {
  it('is one self-contained page: no external URL is loaded', async () => {
    const html = await formatHtml(sampleReport(), context);
    assert.ok(html.startsWith('<!doctype html>'));
    assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    assert.doesNotMatch(html, /@import|url\((?!#)/);
    assert.equal(html.match(/<script[\s>]/g)?.length, 2);
  });

  it('allows only its own script through the Content-Security-Policy', async () => {
    const html = await formatHtml(sampleReport(), context);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);
  });

  it('draws one node per component and one edge per boundary', async () => {
    const html = await formatHtml(sampleReport(), context);
    assert.equal(html.match(/<g class="node[^"]*" data-component=/g)?.length, 8);
    assert.equal(html.match(/<a href="#boundary-\d+" class="edge (un)?designed"/g)?.length, 9);
  });

  it('escapes everything taken from the analysed code', async () => {
    const html = await formatHtml(hostileReport(), { rootDir: '/repo', readSource: (f) => (f === HOSTILE_FILE ? HOSTILE_SOURCE : undefined) });
    assert.doesNotMatch(html, /<img|<svg onload|<b>|<i>|<textarea|<\/textarea|<\/pre></i);
    // The only closing script tags are the page's own two.
    assert.equal(html.match(/<\/script/gi)?.length, 2);
    assert.equal(html.match(/<script/gi)?.length, 2);
    assert.ok(html.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('src/ünïcode &quot;q&quot; &lt;x&gt;.ts'));
    const json = html.match(/<script type="application\/json" id="tzimtzum-report">([\s\S]*?)<\/script>/)?.[1] ?? '';
    assert.deepEqual(JSON.parse(json), hostileReport());
  });
});

describe('jsonForScript', () => {
  it('escapes what could end or alter a script element, and stays the same JSON', () => {
    const value = { a: '</script><!-- & \u2028\u2029 >' };
    const text = jsonForScript(value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), value);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });
});

describe('excerptHtml', () => {
  const finding = sampleReport().findings[0]!;

  it('shows two lines either side and marks the crossing expression', () => {
    const html = excerptHtml(finding, sources[finding.file]);
    assert.deepEqual([...html.matchAll(/<span class="ln">(\d+)<\/span>/g)].map((m) => Number(m[1])), [22, 23, 24, 25, 26]);
    assert.match(html, /<span class="line hit"><span class="ln">24<\/span> {2}return handoffTo\(plannerAgent, <mark>ctx<\/mark>\);<\/span>/);
  });

  it('clips at the start and end of the file', () => {
    const at = (line: number): FindingInfo => ({ ...finding, line, endLine: line, column: 1, endColumn: 2 });
    const lines = (html: string) => [...html.matchAll(/<span class="ln">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    assert.deepEqual(lines(excerptHtml(at(1), 'a\nb\nc\nd')), [1, 2, 3]);
    assert.deepEqual(lines(excerptHtml(at(4), 'a\nb\nc\nd')), [2, 3, 4]);
    assert.match(excerptHtml(finding, undefined), /Source not available/);
  });

  it('escapes source text', () => {
    const html = excerptHtml({ ...finding, line: 2, endLine: 2, column: 11, endColumn: 21 }, HOSTILE_SOURCE);
    assert.doesNotMatch(html, /<img|<script|<\/textarea/);
    assert.match(html, /<mark>&quot;&lt;\/script&gt;<\/mark>&lt;script&gt;/);
  });
});

describe('isExposedPathRead', () => {
  it('compares exposed paths with read paths relative to the crossing value', () => {
    assert.equal(isExposedPathRead('ctx.goal', ['goal']), true);
    assert.equal(isExposedPathRead('ctx.user.email', ['user']), true);
    assert.equal(isExposedPathRead('ctx.user', ['user.email']), true);
    assert.equal(isExposedPathRead('query', ['query']), true);
    assert.equal(isExposedPathRead('ctx.apiKey', ['goal', 'userId']), false);
    assert.equal(isExposedPathRead('ctx.goalie', ['goal']), false);
  });
});

describe('layoutTierDiagram', () => {
  it('stacks tiers as bands top to bottom with each node inside its tier band, model calls last', () => {
    const report = sampleReport();
    const layout = layoutTierDiagram(diagramView(report, diagramGroups(report), new Set(), 'collapsed'));
    assert.deepEqual(layout.bands.map((b) => b.band.name), ['orchestrator', 'council', 'design', 'workflow', 'implementation', 'model calls']);
    for (let i = 1; i < layout.bands.length; i++) {
      assert.equal(layout.bands[i]!.y, layout.bands[i - 1]!.y + layout.bands[i - 1]!.height);
    }
    for (const node of layout.nodes) {
      const band = layout.bands.find((b) => b.band.name === (node.box.component.tier ?? 'model calls'))!;
      assert.ok(node.y >= band.y && node.y + node.height <= band.y + band.height, `${node.box.component.name} in ${band.band.name}`);
    }
    assert.equal(layout.edges.length, 9);
    for (const edge of layout.edges) assert.ok(edge.points.length >= 2);
  });
});
