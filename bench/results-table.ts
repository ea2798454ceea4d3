import { ratio, type MedianSample } from './stats.js';

/** One project shape and size, measured with tsc and with the audit. */
export interface BenchRow {
  /** The kind of generated system (bench/bench-shapes.ts). */
  shape: string;
  files: number;
  /** Functions the intent analysis followed (an in-process audit of the same project); undefined when not counted. */
  intentFunctions?: number;
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
  'shape',
  'files',
  'tsc wall ms',
  'audit wall ms',
  'ratio',
  'tsc peak MB',
  'audit peak MB',
  'memory ratio',
  'intent fns',
] as const;

export function rowCells(row: BenchRow): string[] {
  return [
    row.shape,
    String(row.files),
    formatMs(row.tsc.wallMs),
    formatMs(row.audit.wallMs),
    formatRatio(ratio(row.audit.wallMs, row.tsc.wallMs)),
    formatMb(row.tsc.peakRssBytes),
    formatMb(row.audit.peakRssBytes),
    formatRatio(ratio(row.audit.peakRssBytes, row.tsc.peakRssBytes)),
    row.intentFunctions === undefined ? '-' : String(row.intentFunctions),
  ];
}

/**
 * Per shape, how the audit's time grows with the project: the largest size against the smallest
 * (goal: 10× the files in at most 11× the time).
 */
export function scalingLines(rows: readonly BenchRow[]): string[] {
  const lines: string[] = [];
  for (const shape of new Set(rows.map((row) => row.shape))) {
    const sized = rows.filter((row) => row.shape === shape).sort((a, b) => a.files - b.files);
    const [small, large] = [sized[0]!, sized.at(-1)!];
    if (sized.length < 2) continue;
    const files = large.files / small.files;
    lines.push(`${shape}: ${small.files} → ${large.files} files (${files.toFixed(1)}× the files): ${formatRatio(ratio(large.audit.wallMs, small.audit.wallMs)).replace('x', '×')} the audit time, ${formatRatio(ratio(large.tsc.wallMs, small.tsc.wallMs)).replace('x', '×')} the tsc time`);
  }
  return lines;
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
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : align(cell, widths[column]!))).join('  ').trimEnd();
  const [header, ...body] = table;
  return [
    line(header!, (cell, width) => cell.padEnd(width)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map((cells) => line(cells, (cell, width) => cell.padStart(width))),
  ].join('\n');
}

export function formatMarkdownTable(rows: readonly BenchRow[]): string {
  const header = `| ${COLUMNS.join(' | ')} |`;
  const rule = `|${COLUMNS.map((column) => (column === 'shape' ? ' --- ' : ' ---: ')).join('|')}|`;
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
${scalingLines(rows).map((line) => `\n- ${line}`).join('')}

Ratios are audit ÷ tsc on the same generated project, measured interleaved in one run.
Compare ratios, not absolute times, across machines.
`;
}
