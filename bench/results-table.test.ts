import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMarkdownTable, formatResultsMarkdown, formatTextTable, rowCells, scalingLines, type BenchRow } from './results-table.js';

const MB = 1024 * 1024;
const rows: BenchRow[] = [
  { shape: 'layered', files: 500, tsc: { wallMs: 2000.4, peakRssBytes: 200 * MB }, audit: { wallMs: 5000.6, peakRssBytes: 300 * MB }, intentFunctions: 40 },
  { shape: 'layered', files: 2000, tsc: { wallMs: 8000, peakRssBytes: 400 * MB }, audit: { wallMs: 12000, peakRssBytes: 500 * MB } },
];

describe('rowCells', () => {
  it('rounds times, shows MB with one decimal and ratios as audit over tsc', () => {
    assert.deepEqual(rowCells(rows[0]!), ['layered', '500', '2000', '5001', '2.50x', '200.0', '300.0', '1.50x', '40']);
  });

  it('shows n/a for a ratio over zero', () => {
    const row = { shape: 'layered', files: 30, tsc: { wallMs: 0, peakRssBytes: 0 }, audit: { wallMs: 1, peakRssBytes: 1 } };
    assert.equal(rowCells(row)[4], 'n/a');
    assert.equal(rowCells(row)[7], 'n/a');
    assert.equal(rowCells(row)[8], '-');
  });
});

describe('formatTextTable', () => {
  it('aligns the columns', () => {
    assert.equal(
      formatTextTable(rows),
      [
        'shape    files  tsc wall ms  audit wall ms  ratio  tsc peak MB  audit peak MB  memory ratio  intent fns',
        '-------  -----  -----------  -------------  -----  -----------  -------------  ------------  ----------',
        'layered    500         2000           5001  2.50x        200.0          300.0         1.50x          40',
        'layered   2000         8000          12000  1.50x        400.0          500.0         1.25x           -',
      ].join('\n'),
    );
  });
});

describe('formatMarkdownTable', () => {
  it('writes one right-aligned Markdown row per size', () => {
    assert.equal(
      formatMarkdownTable(rows.slice(0, 1)),
      [
        '| shape | files | tsc wall ms | audit wall ms | ratio | tsc peak MB | audit peak MB | memory ratio | intent fns |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| layered | 500 | 2000 | 5001 | 2.50x | 200.0 | 300.0 | 1.50x | 40 |',
      ].join('\n'),
    );
  });
});

describe('scalingLines', () => {
  it('compares the largest size of each shape with its smallest', () => {
    assert.deepEqual(scalingLines(rows), ['layered: 500 → 2000 files (4.0× the files): 2.40× the audit time, 4.00× the tsc time']);
  });

  it('says nothing for a shape measured at one size', () => {
    assert.deepEqual(scalingLines(rows.slice(0, 1)), []);
  });
});

describe('formatResultsMarkdown', () => {
  it('records when, where and how the numbers were taken', () => {
    const text = formatResultsMarkdown(rows, {
      date: '2025-01-02T03:04:05.000Z',
      node: 'v20.19.0',
      cores: 2,
      cpu: 'Test CPU',
      runs: 3,
      warmup: 1,
      seed: 7,
      auditCommand: 'bin/tzimtzum.js audit -f json',
    });
    assert.match(text, /^- date: 2025-01-02T03:04:05.000Z$/m);
    assert.match(text, /^- node: v20.19.0$/m);
    assert.match(text, /^- machine: 2 cores, Test CPU$/m);
    assert.match(text, /^- runs per command: 3 \(median shown\) after 1 warm-up, seed 7$/m);
    assert.ok(text.includes(formatMarkdownTable(rows)));
  });
});
