import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand } from './bench-commands.js';
import { measureOnce, MeasurementFailure } from './measure.js';
import { ODD_INPUTS } from './odd-inputs.js';
import { median } from './stats.js';

/**
 * `npm run bench -- --odd`: each odd input audited `runs` times as a child process (the median
 * wall time is shown) against its bound. Exit 1 when one fails or exceeds its bound.
 */
export async function runOddInputs(runs: number): Promise<number> {
  const rows: string[][] = [['input', 'median wall', 'bound', 'exit', '']];
  let failed = false;
  for (const input of ODD_INPUTS) {
    const dir = mkdtempSync(join(tmpdir(), 'tzimtzum-odd-bench-'));
    try {
      const tsconfig = input.write(dir);
      const samples = [];
      for (let run = 0; run < runs; run++) {
        samples.push(await measureOnce(auditCommand({ tsconfig }, join(dir, 'report.json'))));
        process.stderr.write(`${input.name} run ${run + 1}/${runs}: ${Math.round(samples.at(-1)!.wallMs)} ms\n`);
      }
      const ms = median(samples.map((s) => s.wallMs));
      const within = ms <= input.boundMs;
      failed ||= !within;
      rows.push([input.name, `${Math.round(ms)} ms`, `${input.boundMs} ms`, String(samples[0]!.exitCode), within ? 'ok' : 'OVER BOUND']);
    } catch (error) {
      if (!(error instanceof MeasurementFailure)) throw error;
      failed = true;
      rows.push([input.name, '-', `${input.boundMs} ms`, '-', `FAILED: ${error.reason}`]);
      process.stderr.write(`${error.message}\n${error.output}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  process.stdout.write(`\n${rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')}\n`);
  return failed ? 1 : 0;
}
