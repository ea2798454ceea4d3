import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { globSync } from 'glob';
import type { Page } from 'playwright-core';
import { analyzeProject, buildReport, ruleLevels } from '../analyzer/index.js';
import type { AnalysisReport, ComponentInfo } from '../analyzer/model.js';
import { repoRoot } from '../test/support/paths.js';
import { runCli } from '../test/support/run-cli.js';
import { formatHtml } from './html.js';
import { fileSystemReportContext } from './report-context.js';
import { launchChromium, type Browser } from './test-support/browser.js';
import { largeReport } from './test-support/large-report.js';
import { makeTempDir } from '../test/support/temp-dir.js';

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Geometry {
  view: string;
  bands: (Rect & { tier: string })[];
  boxes: (Rect & { id: string; tier: string })[];
}

/** The little of the DOM the page function below uses (the project compiles without the DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Rect;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** Bands and boxes of the diagram view on screen, as the browser lays them out. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const document = (globalThis as unknown as { document: PageElement }).document;
    const view = document.querySelector('.diagram-view:not([hidden])')!;
    const rect = (element: PageElement): Rect => {
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      view: view.getAttribute('data-view')!,
      bands: Array.from(view.querySelectorAll('.band[data-tier]'), (band) => ({ tier: band.getAttribute('data-tier')!, ...rect(band.querySelector('rect')!) })),
      boxes: Array.from(view.querySelectorAll('[data-component]'), (box) => ({
        id: box.getAttribute('data-component')!,
        tier: box.getAttribute('data-tier')!,
        ...rect(box),
      })),
    };
  });
}

/** The band a component belongs in, from the report alone: its tier, else model calls, else untiered. */
function expectedBand(report: AnalysisReport, component: ComponentInfo): string {
  if (component.tier !== null && report.tiers.some((t) => t.name === component.tier)) return component.tier;
  return component.kind === 'model-call' ? 'model calls' : 'untiered / shared';
}

/** Every box inside the band its `data-tier` names, which is its component's; bands stacked in tier order. */
function assertBanded(report: AnalysisReport, { view, bands, boxes }: Geometry, where: string): void {
  const byId = new Map(report.components.map((c) => [c.id, c]));
  const rank = (tier: string) => report.tiers.find((t) => t.name === tier)?.rank ?? (tier === 'model calls' ? 1000 : 1001);
  const shownTiers = [...new Set(boxes.map((b) => b.tier))].sort((a, b) => rank(a) - rank(b));
  assert.deepEqual(bands.map((b) => b.tier), shownTiers, `${where} (${view}): one band per tier with a box, in tier order`);
  for (let i = 1; i < bands.length; i++) {
    assert.ok(bands[i]!.top >= bands[i - 1]!.bottom - 0.5, `${where} (${view}): band ${bands[i]!.tier} below ${bands[i - 1]!.tier}`);
  }
  for (const box of boxes) {
    const component = byId.get(box.id);
    assert.ok(component, `${where} (${view}): box ${box.id} is a component of the report`);
    assert.equal(box.tier, expectedBand(report, component), `${where} (${view}): data-tier of ${component.name}`);
    const band = bands.find((b) => b.tier === box.tier)!;
    const inside = box.top >= band.top - 0.5 && box.bottom <= band.bottom + 0.5 && box.left >= band.left - 0.5 && box.right <= band.right + 0.5;
    assert.ok(inside, `${where} (${view}): ${component.name} [${box.top}, ${box.bottom}] inside band ${band.tier} [${band.top}, ${band.bottom}]`);
  }
}

const isMember = (report: AnalysisReport, c: ComponentInfo) =>
  (c.kind === 'node' || c.kind === 'step') && c.parent !== undefined && report.components.some((p) => p.id === c.parent);

describe('HTML diagram geometry in Chromium', () => {
  let browser: Browser;
  const dir = makeTempDir('tzimtzum-diagram-');

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors };
  }

  /** Checks the folded view, each group unfolded by a click, and everything unfolded. */
  async function checkAllViews(page: Page, report: AnalysisReport, where: string): Promise<number> {
    let checked = 0;
    const folded = await geometry(page);
    assert.equal(folded.view, 'collapsed', `${where}: the folded view comes first`);
    assertBanded(report, folded, where);
    const shown = new Set(folded.boxes.map((b) => b.id));
    for (const c of report.components) {
      if (isMember(report, c)) assert.ok(!shown.has(c.id), `${where}: ${c.name} is folded into its ${c.kind === 'step' ? 'workflow' : 'graph'}`);
      else if (c.kind !== 'model-call') assert.ok(shown.has(c.id), `${where}: ${c.name} is shown`);
    }
    checked++;

    const groups = (await geometry(page)).boxes.map((b) => b.id).filter((id) => report.components.some((c) => c.parent === id && isMember(report, c)));
    for (const group of groups) {
      await page.locator(`.diagram-view:not([hidden]) [data-component="${group}"]`).click();
      const unfolded = await geometry(page);
      assertBanded(report, unfolded, where);
      const members = report.components.filter((c) => c.parent === group && isMember(report, c));
      const ids = new Set(unfolded.boxes.map((b) => b.id));
      for (const member of members) assert.ok(ids.has(member.id), `${where}: ${member.name} shown once its group is unfolded`);
      await page.locator(`.diagram-view:not([hidden]) [data-component="${group}"]`).click();
      assert.equal((await geometry(page)).view, 'collapsed', `${where}: a second click folds it again`);
      checked++;
    }
    if (groups.length > 0) {
      await page.getByRole('button', { name: 'Unfold all', exact: true }).click();
      const all = await geometry(page);
      assertBanded(report, all, where);
      assert.deepEqual(all.boxes.map((b) => b.id).sort(), report.components.map((c) => c.id).sort(), `${where}: every component once`);
      await page.getByRole('button', { name: 'Fold all', exact: true }).click();
      assert.equal((await geometry(page)).view, 'collapsed');
      checked++;
    }
    return checked;
  }

  const projects = globSync('fixtures/*/tsconfig.json', { cwd: repoRoot }).sort();

  it('finds the fixture projects', () => {
    assert.ok(projects.length >= 15, `${projects.length} fixture projects`);
  });

  for (const project of projects) {
    it(`puts every component of ${project} inside its tier's band, bands in tier order, in every view`, async () => {
      const file = join(dir, `${project.split('/')[1]}.html`);
      // In this process (the CLI writes the same formatHtml output; its own tests cover that path).
      const analysed = analyzeProject({ tsconfig: join(repoRoot, project) });
      const report = buildReport(analysed.analysis, { levels: ruleLevels(analysed.config.config) });
      writeFileSync(file, await formatHtml(report, fileSystemReportContext(analysed.rootDir)));
      const { page, errors } = await open(file);
      if (report.components.length === 0) {
        assert.equal(await page.locator('#diagram p.none').textContent(), 'No components found.');
      } else {
        assert.ok((await checkAllViews(page, report, project)) >= 1);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('draws the bundled example (npm run demo) with each box in its declared tier', async () => {
    const file = join(dir, 'demo.html');
    await runCli(['audit', '-p', join(repoRoot, 'fixtures/annotated-stack/tsconfig.json'), '-f', 'html', '-o', file]);
    const { page } = await open(file);
    const { bands, boxes } = await geometry(page);
    const names = await page.locator('.diagram-view:not([hidden]) [data-component] text.name').allTextContents();
    const idToName = new Map(boxes.map((b, i) => [b.id, names[i]!]));
    const inBand = (tier: string) => {
      const band = bands.find((b) => b.tier === tier)!;
      return boxes.filter((b) => b.top >= band.top && b.bottom <= band.bottom).map((b) => idToName.get(b.id)).sort();
    };
    // why: tzimtzum.config.json puts src/<tier>/** in each tier; delivery.ts and knowledge-base.ts
    // carry @tier implementation tags; generateText is the one model call (draftReply's).
    assert.deepEqual(bands.map((b) => b.tier), ['orchestrator', 'council', 'design', 'workflow', 'implementation', 'model calls']);
    assert.deepEqual(inBand('orchestrator'), ['deskStatus', 'handleTicket', 'reopenTicket']);
    assert.deepEqual(inBand('council'), ['decideApproach', 'triage']);
    assert.deepEqual(inBand('design'), ['planResolution']);
    assert.deepEqual(inBand('workflow'), ['draftReply', 'runReplyWorkflow']);
    assert.deepEqual(inBand('implementation'), ['SmtpMailer.send', 'countOpenTickets', 'flushOutbox', 'loadCustomer', 'searchKnowledgeBase']);
    assert.deepEqual(inBand('model calls'), ['generateText']);
    await page.close();
  });

  it('keeps a system of over a hundred components readable: groups folded, boxes in their bands, no overlaps', async () => {
    const report = largeReport();
    assert.ok(report.components.length > 100);
    const file = join(dir, 'large.html');
    writeFileSync(file, await formatHtml(report, { rootDir: '/repo', readSource: () => undefined }));
    const { page, errors } = await open(file);
    const folded = await geometry(page);
    // why: 6 graphs fold their 12+9+14+7+10+8 = 60 nodes, 2 workflows their 6+5 = 11 steps, and
    // the graphs the model calls that only their nodes make (every third node: 4+3+5+3+4+3 = 22).
    assert.equal(folded.boxes.length, report.components.length - 60 - 11 - 22);
    for (let i = 0; i < folded.boxes.length; i++) {
      for (let j = i + 1; j < folded.boxes.length; j++) {
        const a = folded.boxes[i]!;
        const b = folded.boxes[j]!;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        assert.ok(!overlap, `${a.id} and ${b.id} overlap`);
      }
    }
    assert.ok(await checkAllViews(page, report, 'large report') > 8);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
