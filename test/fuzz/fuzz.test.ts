import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from './fuzz-campaign.js';

// A fixed, bounded sample; `npm run fuzz -- --count N --seed S` runs as many as wanted.
const SEED = 20_260_301;
const COUNT = 200;

describe('fuzzing the CLI with mutated fixture projects', () => {
  it(`${COUNT} seeded variants: no crash, no stack trace, exit 0/1, or 2 naming a file`, async () => {
    const summary = await runFuzz({ seed: SEED, count: COUNT });
    const crashes = summary.crashes.map((c) => `seed ${c.seed} (${c.fixture}, ${c.format}; ${c.mutations.join('; ')}): ${c.reason}\n${c.stderr.slice(0, 600)}`);
    assert.deepEqual(crashes, []);
    assert.equal(summary.variants, COUNT);
  });
});
