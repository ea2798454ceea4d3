import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { measureInterleaved, measureOnce, MeasurementFailure, type BenchCommand } from './measure.js';

const dir = mkdtempSync(join(tmpdir(), 'tzimtzum-measure-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

const exitWith = (code: number): string => script(`exit-${code}.mjs`, `process.exitCode = ${code};\n`);

function command(label: string, scriptPath: string, okExitCodes: number[] = [0]): BenchCommand {
  return { label, script: scriptPath, args: [], okExitCodes };
}

describe('measureOnce', () => {
  it("records the child's own peak RSS through the preload", async () => {
    // The child holds ~64 MB, so its peak is its own and not the parent's.
    const big = script('big.mjs', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); process.exitCode = b[0] - 1;\n');
    const sample = await measureOnce(command('big', big));
    assert.equal(sample.exitCode, 0);
    assert.ok(sample.peakRssBytes > 64 * 1024 * 1024, `peak ${sample.peakRssBytes}`);
    assert.ok(sample.wallMs > 0);
  });

  it('accepts the exit codes it is told to', async () => {
    const sample = await measureOnce(command('findings', exitWith(1), [0, 1]));
    assert.equal(sample.exitCode, 1);
  });

  it('fails on any other exit code, with the child output', async () => {
    const failing = script('fail.mjs', "console.error('config error'); process.exit(2);\n");
    await assert.rejects(measureOnce(command('audit', failing, [0, 1])), (error: unknown) => {
      assert.ok(error instanceof MeasurementFailure);
      assert.equal(error.reason, 'exit code 2');
      assert.match(error.output, /config error/);
      return true;
    });
  });

  it('fails when verify finds the run did not do its job', async () => {
    const crashed = { ...command('audit', exitWith(1), [0, 1]), verify: () => 'no JSON report was written' };
    await assert.rejects(measureOnce(crashed), /audit failed: no JSON report was written/);
  });
});

describe('measureInterleaved', () => {
  it('alternates the commands, discards the warm-up and returns the samples per command', async () => {
    const order: string[] = [];
    const samples = await measureInterleaved([command('a', exitWith(0)), command('b', exitWith(0))], {
      runs: 2,
      warmup: 1,
      onSample: (cmd, run) => order.push(`${cmd.label}${run}`),
    });
    assert.deepEqual(order, ['a0', 'b0', 'a1', 'b1']);
    assert.deepEqual(
      samples.map((list) => list.length),
      [2, 2],
    );
  });
});
