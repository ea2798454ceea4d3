import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { AnalysisReport } from '../analyzer/model.js';
import { formatHtml } from './html.js';
import { launchChromium, type Browser } from './test-support/browser.js';
import { HOSTILE_FILE, HOSTILE_SOURCE, hostileReport } from './test-support/hostile-report.js';
import { sampleReport, sampleSources } from './test-support/sample-report.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

interface OpenedPage {
  page: Page;
  /** Requests other than the report file itself. */
  requests: string[];
  dialogs: string[];
  errors: string[];
}

describe('HTML report in Chromium', () => {
  let browser: Browser;
  const dir = makeTempDir('tzimtzum-html-');

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  async function open(name: string, report: AnalysisReport, sources: Record<string, string>): Promise<OpenedPage> {
    const file = join(dir, name);
    writeFileSync(file, await formatHtml(report, { rootDir: '/repo', readSource: (f) => sources[f] }));
    const url = pathToFileURL(file).href;
    const opened: OpenedPage = { page: await browser.context.newPage(), requests: [], dialogs: [], errors: [] };
    const { page } = opened;
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      opened.requests.push(route.request().url());
      return route.abort();
    });
    page.on('request', (request) => {
      if (request.url() !== url && !opened.requests.includes(request.url())) opened.requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => opened.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') opened.errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return opened;
  }

  const firstColumn = (page: Page) => page.locator('#boundary-table tbody tr td:first-child').allTextContents();

  it('renders the sample report offline, without errors, one node per component', async () => {
    const { page, requests, dialogs, errors } = await open('sample.html', sampleReport(), sampleSources());
    assert.equal(await page.locator('svg.tier-diagram [data-component]').count(), 8);
    assert.equal(await page.locator('svg.tier-diagram .edge').count(), 9);
    assert.equal(await page.locator('svg.tier-diagram .edge.undesigned').count(), 5);
    assert.equal(await page.locator('svg.tier-diagram .band').count(), 6);
    assert.equal(await page.locator('#boundary-table tbody tr').count(), 9);
    assert.equal(await page.locator('.trail-steps .crossing.lost').count(), 1);
    assert.equal(await page.locator('.finding').count(), 6);
    assert.equal(await page.locator('pre.excerpt mark').first().textContent(), 'ctx');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });

    assert.deepEqual(requests, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });

  it('sorts the boundary table when a header is clicked, and filters it', async () => {
    const { page, errors } = await open('sort.html', sampleReport(), sampleSources());
    assert.deepEqual(await firstColumn(page), ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']);

    await page.locator('#boundary-table th', { hasText: 'Bandwidth used' }).click();
    assert.equal(await page.locator('#boundary-table th', { hasText: 'Bandwidth used' }).getAttribute('aria-sort'), 'ascending');
    // Nothing exposed (−1) first, then 0/3, 2/11, then the full ones in table order.
    assert.deepEqual(await firstColumn(page), ['b9', 'b7', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b8']);

    await page.locator('#boundary-table th', { hasText: 'From' }).click();
    await page.locator('#boundary-table th', { hasText: 'From' }).click();
    assert.equal(await page.locator('#boundary-table th', { hasText: 'From' }).getAttribute('aria-sort'), 'descending');
    assert.deepEqual((await firstColumn(page)).slice(0, 2), ['b8', 'b5']);

    await page.locator('#boundary-filter').fill('planner');
    const shown = await page.locator('#boundary-table tbody tr:not([hidden]) td:first-child').allTextContents();
    assert.deepEqual(shown.sort(), ['b1', 'b3', 'b8', 'b9']);
    assert.equal(await page.locator('#boundary-filter-count').textContent(), '4 of 9 shown');
    assert.deepEqual(errors, []);
  });

  it('opens a boundary detail from the diagram', async () => {
    const { page } = await open('detail.html', sampleReport(), sampleSources());
    const detail = page.locator('details#boundary-1');
    assert.equal(await detail.getAttribute('open'), null);
    await page.locator('svg .edge[data-boundary-id="b1"] .edge-label').click();
    assert.equal(await detail.getAttribute('open'), '');
    assert.deepEqual(await detail.locator('.exposure li.read code').allTextContents(), ['ctx.goal', 'ctx.userId']);
    assert.equal(await detail.locator('.exposure li.unread').count(), 9);
    assert.deepEqual(await detail.locator('.checks li.fail').allTextContents(), ['✗ Calibrated']);
  });

  it('runs nothing from a hostile report', async () => {
    const { page, requests, dialogs, errors } = await open('hostile.html', hostileReport(), { [HOSTILE_FILE]: HOSTILE_SOURCE });
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('script').count(), 2, 'only the data block and the page script');
    assert.equal(await page.locator('[onerror], [onload], b, i, svg svg').count(), 0);
    assert.equal(await page.locator('svg.tier-diagram [data-component]').count(), 3);
    const names = await page.locator('svg.tier-diagram .node text.name').allTextContents();
    assert.equal(names[0], '</script><img src=x onerror=ale…', 'shown as text, shortened');
    const title = await page.locator('svg.tier-diagram .node title').first().textContent();
    assert.ok(title?.startsWith('</script><img src=x onerror=alert(1)> (agent'), title ?? '');
    const embedded = await page.locator('#tzimtzum-report').textContent();
    assert.deepEqual(JSON.parse(embedded ?? ''), hostileReport(), 'the embedded JSON survives intact');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });
});
