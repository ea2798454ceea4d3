import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBenchArgs, UsageError } from './bench-args.js';
import { DEFAULT_SEED } from './generate-project.js';

describe('parseBenchArgs', () => {
  it('defaults to one 500-file project of every shape, 3 runs, the real audit', () => {
    assert.deepEqual(parseBenchArgs([]), {
      sizes: [500],
      shapes: ['layered', 'home-grown', 'many-intents'],
      runs: 3,
      warmup: 1,
      seed: DEFAULT_SEED,
      keep: false,
      write: false,
      auditWith: 'tzimtzum',
      odd: false,
      help: false,
    });
  });

  it('--odd times the odd inputs instead', () => {
    assert.equal(parseBenchArgs(['--odd', '--runs', '1']).odd, true);
  });

  it('takes sizes repeated and as comma lists, without duplicates', () => {
    const args = parseBenchArgs(['--files', '500,2000', '--files', '5000', '--files', '500']);
    assert.deepEqual(args.sizes, [500, 2000, 5000]);
  });

  it('takes shapes as a comma list, without duplicates', () => {
    assert.deepEqual(parseBenchArgs(['--shapes', 'home-grown,layered,home-grown']).shapes, ['home-grown', 'layered']);
  });

  it('reads runs, keep, write and the stand-in audit', () => {
    const args = parseBenchArgs(['--runs', '5', '--warmup', '0', '--keep', '--write', '--audit-with', 'tsc']);
    assert.equal(args.runs, 5);
    assert.equal(args.warmup, 0);
    assert.equal(args.keep, true);
    assert.equal(args.write, true);
    assert.equal(args.auditWith, 'tsc');
  });

  it('rejects sizes below the generator minimum, bad runs and unknown flags', () => {
    assert.throws(() => parseBenchArgs(['--files', '3']), UsageError);
    assert.throws(() => parseBenchArgs(['--runs', '0']), UsageError);
    assert.throws(() => parseBenchArgs(['--runs', 'two']), UsageError);
    assert.throws(() => parseBenchArgs(['--audit-with', 'eslint']), UsageError);
    assert.throws(() => parseBenchArgs(['--fast']), UsageError);
    assert.throws(() => parseBenchArgs(['--shapes', 'langgraph']), UsageError);
  });
});
