/**
 * `npm run bench:eslint`: tzimtzum inside ESLint, against typescript-eslint's recommended-type-checked
 * alone, side by side in one run:
 *   - the whole project linted once (goal: ≤ 1.15×);
 *   - one edited file re-linted with a warm cache, as an editor does on each keystroke.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './bench-commands.js';
import { generateProject } from './generate-project.js';
import { median } from './stats.js';

const CHILD = join(PACKAGE_ROOT, 'dist', 'bench', 'eslint-child.js');
const files = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 2);

const project = generateProject({ files, outDir: join(PACKAGE_ROOT, 'bench', 'out', `eslint-${files}`) });
const measure = (args: string[]): number => {
  const child = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`eslint-child ${args.join(' ')} failed:\n${child.stderr}`);
  return (JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number }).ms;
};

const rows: Array<[string, number, number]> = [];
for (const mode of ['project', 'relint'] as const) {
  const extra = mode === 'relint' ? ['5'] : [];
  const without: number[] = [];
  const withTzimtzum: number[] = [];
  for (let run = 0; run < runs; run++) {
    without.push(measure([mode, project.outDir, 'without', ...extra]));
    withTzimtzum.push(measure([mode, project.outDir, 'with', ...extra]));
    process.stderr.write(`${mode} run ${run + 1}/${runs}: without ${Math.round(without.at(-1)!)} ms, with ${Math.round(withTzimtzum.at(-1)!)} ms\n`);
  }
  rows.push([mode, median(without), median(withTzimtzum)]);
}
rmSync(project.outDir, { recursive: true, force: true });

process.stdout.write(`\n${files} files, median of ${runs} runs (typescript-eslint recommended-type-checked alone vs + tzimtzum recommended)\n`);
process.stdout.write('mode      without ms  with ms  ratio\n');
for (const [mode, without, withTzimtzum] of rows) {
  process.stdout.write(`${mode.padEnd(8)}  ${Math.round(without).toString().padStart(10)}  ${Math.round(withTzimtzum).toString().padStart(7)}  ${(withTzimtzum / without).toFixed(2)}x\n`);
}
