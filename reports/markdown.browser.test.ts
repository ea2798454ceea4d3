import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { formatMarkdown } from './markdown.js';
import * as path from 'node:path';
import { analyzeProject, buildReport, ruleLevels } from '../analyzer/index.js';
import { repoRoot } from '../test/support/paths.js';
import { formatGraph } from './graph.js';
import { launchChromium, type Browser } from './test-support/browser.js';
import { hostileReport } from './test-support/hostile-report.js';
import { mermaidBlocks } from './test-support/markdown-blocks.js';
import { sampleReport } from './test-support/sample-report.js';

const context = { rootDir: '/repo', readSource: () => undefined };
const mermaidScript = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');

interface MermaidApi {
  initialize(config: object): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

describe('Mermaid diagram of formatMarkdown, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  before(async () => {
    browser = await launchChromium();
    await browser.context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: mermaidScript });
  });

  after(async () => {
    await browser?.close();
  });

  async function render(source: string): Promise<string> {
    return page.evaluate(async (text) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      await mermaid.parse(text);
      const { svg } = await mermaid.render(`d${Math.random().toString(36).slice(2)}`, text);
      return svg;
    }, source);
  }

  for (const [name, report] of [['sample', sampleReport()], ['hostile', hostileReport()]] as const) {
    it(`parses and renders the ${name} report's diagram to SVG`, async () => {
      const [diagram] = mermaidBlocks(formatMarkdown(report, context));
      assert.ok(diagram);
      const svg = await render(diagram);
      assert.match(svg, /^<svg[\s>]/);
      assert.ok((svg.match(/class="node /g)?.length ?? 0) >= report.components.length, 'a node per component');
      // Put the SVG into the page: markup that survived escaping would create elements (or fire a dialog).
      await page.evaluate((markup) => {
        (globalThis as unknown as { document: { body: { innerHTML: string } } }).document.body.innerHTML = markup;
      }, svg);
      assert.equal(await page.locator('svg').count(), 1);
      assert.equal(await page.locator('body :is(img, script, [onerror], [onload])').count(), 0);
    });
  }

  it('parses the collapsed diagram of a large graph', async () => {
    const [diagram] = mermaidBlocks(formatMarkdown(sampleReport(), context, { maxDiagramComponents: 3 }));
    assert.ok(diagram);
    assert.match(await render(diagram), /^<svg[\s>]/);
  });

  it('parses and renders `tzimtzum graph -f mermaid` for every framework fixture', async () => {
    for (const fixture of ['openai-agents-triage', 'langgraph-research', 'mastra-supervisor', 'ai-sdk-planner']) {
      const project = analyzeProject({ tsconfig: path.join(repoRoot, 'fixtures', fixture, 'tsconfig.json') });
      const report = buildReport(project.analysis, { levels: ruleLevels({}) });
      const svg = await render(formatGraph(report, 'mermaid'));
      assert.match(svg, /^<svg[\s>]/, fixture);
      assert.ok((svg.match(/class="node /g)?.length ?? 0) >= report.components.length, `${fixture}: a node per component`);
    }
  });

  it('made no request, opened no dialog and logged no error', () => {
    assert.deepEqual(requests, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });
});
