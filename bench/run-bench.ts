import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, USAGE, UsageError, type BenchArgs } from './bench-args.js';
import { auditCommand, PACKAGE_ROOT, tscCommand, TZIMTZUM_BIN } from './bench-commands.js';
import { generateProject, type GeneratedProject } from './generate-project.js';
import { runOddInputs } from './run-odd-inputs.js';
import { measureInterleaved, MeasurementFailure, type BenchCommand } from './measure.js';
import { formatResultsMarkdown, formatTextTable, scalingLines, type BenchRow } from './results-table.js';
import { analyzeProject } from '../analyzer/index.js';
import { medianSample } from './stats.js';

const RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'RESULTS.md');

async function main(argv: readonly string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.auditWith === 'tzimtzum' && !existsSync(TZIMTZUM_BIN)) {
    process.stderr.write(`${TZIMTZUM_BIN} does not exist yet; run with --audit-with tsc to test the runner.\n`);
    return 2;
  }

  if (args.odd) return runOddInputs(args.runs);

  const reportDir = mkdtempSync(join(tmpdir(), 'tzimtzum-bench-report-'));
  const rows: BenchRow[] = [];
  try {
    for (const shape of args.shapes) for (const files of args.sizes) {
      const outDir = join(PACKAGE_ROOT, 'bench', 'out', `project-${shape}-${files}`);
      const project = generateProject({ files, seed: args.seed, outDir, shape });
      const commands = [tscCommand(project), auditFor(project, args, join(reportDir, `report-${files}.json`))];
      try {
        const [tsc, audit] = await measureInterleaved(commands, {
          runs: args.runs,
          warmup: args.warmup,
          onSample: (command, run, sample) => {
            const ms = Math.round(sample.wallMs);
            process.stderr.write(`${shape}-${files} run ${run + 1}/${args.runs} ${command.label}: ${ms} ms\n`);
          },
        });
        rows.push({ shape, files, tsc: medianSample(tsc!), audit: medianSample(audit!), intentFunctions: intentFunctions(project) });
      } catch (error) {
        if (!(error instanceof MeasurementFailure)) throw error;
        process.stderr.write(
          `\nBENCH FAILED on project-${files}: ${error.message}\n` +
            `The project is kept in ${project.outDir}. Last output of the child:\n${error.output}\n`,
        );
        return 1;
      }
      if (!args.keep) rmSync(project.outDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }

  process.stdout.write(`\n${formatTextTable(rows)}\n${scalingLines(rows).map((line) => `${line}\n`).join('')}`);
  if (args.write) {
    const markdown = formatResultsMarkdown(rows, {
      date: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      runs: args.runs,
      warmup: args.warmup,
      seed: args.seed,
      auditCommand: args.auditWith === 'tsc' ? 'tsc --noEmit (stand-in for the audit)' : 'bin/tzimtzum.js audit -f json',
    });
    writeFileSync(`${RESULTS_FILE}.tmp`, markdown + keptSections());
    renameSync(`${RESULTS_FILE}.tmp`, RESULTS_FILE);
    process.stdout.write(`Wrote ${RESULTS_FILE}\n`);
  }
  return 0;
}

/** Hand-written sections of RESULTS.md (from `## Profile` on) survive a new `--write`. */
function keptSections(): string {
  const previous = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '';
  const start = previous.indexOf('\n## Profile');
  return start === -1 ? '' : previous.slice(start);
}

/** The functions the intent analysis followed in a full audit of the project, counted in this process (not timed). */
function intentFunctions(project: GeneratedProject): number {
  const { analysis } = analyzeProject({ tsconfig: project.tsconfig });
  void analysis.findings;
  return analysis.context.intent.work.functionsVisited;
}

function auditFor(project: GeneratedProject, args: BenchArgs, reportPath: string): BenchCommand {
  return args.auditWith === 'tsc' ? tscCommand(project, 'audit (tsc stand-in)') : auditCommand(project, reportPath);
}

process.exitCode = await main(process.argv.slice(2));
