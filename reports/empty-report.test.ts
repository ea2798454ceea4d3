import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisReport } from '../analyzer/model.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';

const context = { rootDir: '/repo', readSource: () => undefined };

function emptyReport(): AnalysisReport {
  return {
    schemaVersion: 1,
    tool: { name: 'tzimtzum', version: '0.1.0' },
    tiers: [],
    components: [],
    boundaries: [],
    findings: [],
    diagnostics: [],
    reshimu: [],
    summary: { components: 0, boundaries: 0, designed: 0, findings: { error: 0, warning: 0 } },
  };
}

describe('an analysis that found nothing', () => {
  it('gives a SARIF run with the rules and no results', () => {
    const log = JSON.parse(formatSarif(emptyReport(), context)) as { runs: { results: unknown[] }[] };
    assert.deepEqual(log.runs[0]!.results, []);
  });

  it('gives a short Markdown summary without a diagram', () => {
    assert.equal(
      formatMarkdown(emptyReport(), context),
      '## tzimtzum audit\n\n0 components in 0 tiers, 0 boundaries.\nFindings: **0 errors**, 0 warnings.\n\n### Findings\n\nNo findings.\n',
    );
  });

  it('gives an HTML page without a diagram', async () => {
    const html = await formatHtml(emptyReport(), context);
    assert.match(html, /No components found\./);
    assert.match(html, /No findings\./);
    assert.doesNotMatch(html, /<svg/);
  });
});
