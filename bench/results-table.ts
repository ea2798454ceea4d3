import { ratio, type MedianSample } from './stats.js';

/** One project size, measured with tsc and with the audit. */
export interface BenchRow {
  files: number;
  tsc: MedianSample;
  audit: MedianSample;
}

export interface BenchMeta {
  date: string;
  node: string;
  cores: number;
  cpu: string;
  runs: number;
  warmup: number;
  seed: number;
  /** What ran as the audit, e.g. `bin/tzimtzum.js audit` or a stand-in. */
  auditCommand: string;
}

export const COLUMNS = [
  'files',
  'tsc wall ms',
  'audit wall ms',
  'ratio',
  'tsc peak MB',
  'audit peak MB',
  'memory ratio',
] as const;

export function rowCells(row: BenchRow): string[] {
  return [
    String(row.files),
    formatMs(row.tsc.wallMs),
    formatMs(row.audit.wallMs),
    formatRatio(ratio(row.audit.wallMs, row.tsc.wallMs)),
    formatMb(row.tsc.peakRssBytes),
    formatMb(row.audit.peakRssBytes),
    formatRatio(ratio(row.audit.peakRssBytes, row.tsc.peakRssBytes)),
  ];
}

export function formatMs(ms: number): string {
  return String(Math.round(ms));
}

export function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/** A plain-text table for the terminal: right-aligned numbers under left-aligned headers. */
export function formatTextTable(rows: readonly BenchRow[]): string {
  const table = [[...COLUMNS], ...rows.map(rowCells)];
  const widths = COLUMNS.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  const line = (cells: string[], align: (cell: string, width: number) => string): string =>
    cells.map((cell, column) => align(cell, widths[column]!)).join('  ').trimEnd();
  const [header, ...body] = table;
  return [
    line(header!, (cell, width) => cell.padEnd(width)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map((cells) => line(cells, (cell, width) => cell.padStart(width))),
  ].join('\n');
}

export function formatMarkdownTable(rows: readonly BenchRow[]): string {
  const header = `| ${COLUMNS.join(' | ')} |`;
  const rule = `|${COLUMNS.map(() => ' ---: ').join('|')}|`;
  return [header, rule, ...rows.map((row) => `| ${rowCells(row).join(' | ')} |`)].join('\n');
}

export function formatResultsMarkdown(rows: readonly BenchRow[], meta: BenchMeta): string {
  return `# Benchmark results

Written by \`npm run bench -- --write\`. What is measured and how to read it: [docs/benchmark.md](../docs/benchmark.md).

- date: ${meta.date}
- node: ${meta.node}
- machine: ${meta.cores} cores, ${meta.cpu}
- runs per command: ${meta.runs} (median shown) after ${meta.warmup} warm-up, seed ${meta.seed}
- audit: \`${meta.auditCommand}\`

${formatMarkdownTable(rows)}

Ratios are audit ÷ tsc on the same generated project, measured interleaved in one run.
Compare ratios, not absolute times, across machines.
`;
}
