import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeProject, buildReport, ruleLevels, TOOL_VERSION, UsageError } from '../analyzer/index.js';
import type { AnalysisReport } from '../analyzer/model.js';
import type { LoadedProgram } from '../analyzer/program/load-program.js';
import { applyBaseline, BaselineError, readBaseline, writeBaseline, type Baseline } from '../reports/baseline.js';
import { formatHtml } from '../reports/html.js';
import { formatGraph, GRAPH_FORMATS, type GraphFormat } from '../reports/graph.js';
import { configFileText, proposeConfig } from '../analyzer/init/propose-config.js';
import { formatJson } from '../reports/json.js';
import { formatMarkdown } from '../reports/markdown.js';
import { fileSystemReportContext, type ReportContext } from '../reports/report-context.js';
import { formatSarif } from '../reports/sarif.js';
import { formatText } from '../reports/text.js';
import { writeReportAtomically } from '../reports/write-report.js';
import { stagedFiles } from './git-changed-files.js';
import { parseCliArgs, USAGE, type CliOptions } from './parse-args.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Loads the program of a tsconfig; tests hand in one they also give ESLint, so both share it. */
  loadProgram?: (tsconfig: string) => LoadedProgram;
}

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** Runs the CLI and returns the exit code: 0 clean, 1 error findings, 2 usage/config/project error. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    return await runCommand(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tzimtzum: ${error.message}\n`);
      return 2;
    }
    const detail = io.env.TZIMTZUM_DEBUG ? `\n${(error as Error).stack}` : ' (set TZIMTZUM_DEBUG=1 for details)';
    io.stderr.write(`tzimtzum: internal error: ${(error as Error).message}${detail}\n`);
    return 2;
  }
}

async function runCommand(options: CliOptions, io: CliIo): Promise<number> {
  switch (options.command) {
    case 'graph':
      return runGraph(options, io);
    case 'init':
      return runInit(options, io);
    default:
      return runAudit(options, io);
  }
}

async function runGraph(options: CliOptions, io: CliIo): Promise<number> {
  const format = (options.format ?? 'json') as GraphFormat;
  if (!GRAPH_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' for graph (expected ${GRAPH_FORMATS.join(', ')})`);
  const project = analyzeFromOptions(options, io);
  const report = buildReport(project.analysis, { levels: ruleLevels(project.config.config) });
  const text = formatGraph(report, format);
  if (options.output) await writeOutput(path.resolve(io.cwd, options.output), text);
  else io.stdout.write(text);
  return 0;
}

/**
 * Writes the tiers as a starting config next to the tsconfig, one that reproduces them: inferred
 * tiers as globs and named components, declared ones as they are. Never overwrites without --force.
 */
async function runInit(options: CliOptions, io: CliIo): Promise<number> {
  const project = analyzeFromOptions(options, io);
  const target = path.join(project.rootDir, 'tzimtzum.config.json');
  if (fs.existsSync(target) && !options.force) throw new UsageError('already exists; use --force to overwrite it', target);
  const report = buildReport(project.analysis, { levels: ruleLevels(project.config.config) });
  if (report.tiers.length === 0) {
    const why = report.diagnostics.filter((d) => d.severity === 'info').map((d) => `\n  ${d.message}`).join('');
    throw new UsageError(`no tiers to write: no component was recognised, so nothing was written${why}`, project.tsconfigPath);
  }
  const proposal = proposeConfig(project.analysis, project.config.config);
  const origin = { inferred: 'inferred from the delegation structure', config: 'declared by the config', tags: 'declared by @tier tags' }[proposal.source];
  const lines = [`Tiers (${origin}), top first:`];
  for (const tier of [...report.tiers].sort((a, b) => a.rank - b.rank)) {
    const members = report.components.filter((c) => c.tier === tier.name && c.kind !== 'model-call');
    lines.push(`  ${tier.rank} ${tier.name}: ${members.map((c) => `${c.name} (${c.kind}, ${c.file}:${c.line})`).join(', ') || '—'}`);
  }
  await writeOutput(target, configFileText(proposal.config));
  lines.push(`Wrote ${path.relative(io.cwd, target) || target}:`);
  for (const tier of proposal.config.tiers ?? []) {
    const parts = [...(tier.include ?? []), ...(tier.components ?? []).map((name) => `component '${name}'`)];
    lines.push(`  ${tier.name}: ${parts.join(', ') || '(order only)'}`);
  }
  for (const placed of proposal.placedByName) {
    lines.push(`  note: '${placed.name}' (${placed.file}) is placed in ${placed.tier} by name: a glob over its file would place it or its neighbours elsewhere`);
  }
  for (const missed of proposal.unplaced) {
    lines.push(`  warning: '${missed.name}' (${missed.file}) cannot be placed in ${missed.tier} by the config: tag it /** @tier ${missed.tier} */`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function analyzeFromOptions(options: CliOptions, io: CliIo) {
  return analyzeProject({
    tsconfig: path.resolve(io.cwd, options.project),
    configFile: options.config && path.resolve(io.cwd, options.config),
    loadProgram: io.loadProgram,
  });
}

async function runAudit(options: CliOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'text';
  if (!AUDIT_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' for audit (expected ${AUDIT_FORMATS.join(', ')})`);
  const baseline = options.baseline ? loadBaseline(path.resolve(io.cwd, options.baseline)) : undefined;

  const project = analyzeFromOptions(options, io);
  const files = project.analysis.context.files.map((f) => f.fileName);
  const staged = options.changed ? stagedFiles(project.rootDir) : undefined;
  const onlyFiles = reportedFiles(files, options.paths, staged, io.cwd, project.rootDir);
  let report = buildReport(project.analysis, { levels: ruleLevels(project.config.config), onlyFiles });
  if (io.stderr.isTTY) io.stderr.write(`tzimtzum: ${files.length} files read, ${report.summary.boundaries} boundaries analysed
`);

  if (options.updateBaseline) {
    const file = path.resolve(io.cwd, options.updateBaseline);
    await writeOutput(file, writeBaseline(report.findings));
    io.stderr.write(`tzimtzum: baseline of ${report.findings.length} findings written to ${path.relative(io.cwd, file) || file}
`);
  }
  if (baseline) report = applyBaseline(report, baseline);

  const text = await formatReport(format, report, fileSystemReportContext(project.rootDir), useColor(options, io));
  if (options.output) await writeOutput(path.resolve(io.cwd, options.output), text);
  else io.stdout.write(text);
  return exitCode(report);
}

const AUDIT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'];

async function formatReport(format: string, report: AnalysisReport, context: ReportContext, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, context);
    case 'markdown':
      return formatMarkdown(report, context);
    case 'html':
      return formatHtml(report, context);
    default:
      return formatText(report, { color });
  }
}

function loadBaseline(file: string): Baseline {
  try {
    return readBaseline(file);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}

function exitCode(report: AnalysisReport): number {
  return report.summary.findings.error > 0 ? 1 : 0;
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true && !options.output;
}

/** The files whose findings are reported: all (undefined), or those under `paths` plus the staged ones with `--changed`. */
function reportedFiles(fileNames: readonly string[], paths: readonly string[], staged: readonly string[] | undefined, cwd: string, rootDir: string): Set<string> | undefined {
  if (paths.length === 0 && !staged) return undefined;
  const selected = paths.length > 0 ? selectFiles(fileNames, paths, cwd, rootDir) : new Set<string>();
  for (const file of staged ?? []) selected.add(path.relative(rootDir, file).split(path.sep).join('/'));
  return selected;
}

/** Report-relative paths of the program's files that lie in (or are) one of the given paths. */
function selectFiles(fileNames: readonly string[], paths: readonly string[], cwd: string, rootDir: string): Set<string> {
  const targets = paths.map((p) => path.resolve(cwd, p));
  for (const target of targets) if (!fs.existsSync(target)) throw new UsageError('no such file or folder', target);
  const selected = new Set<string>();
  for (const fileName of fileNames) {
    const absolute = path.resolve(fileName);
    if (targets.some((t) => absolute === t || absolute.startsWith(t + path.sep))) {
      selected.add(path.relative(rootDir, absolute).split(path.sep).join('/'));
    }
  }
  return selected;
}

async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await writeReportAtomically(file, text);
  } catch (error) {
    throw new UsageError(`cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
}
