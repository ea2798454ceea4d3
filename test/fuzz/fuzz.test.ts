import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from './fuzz-campaign.js';
import { frameworkFuzzFixtures } from './fuzz-variant.js';

// A fixed, bounded sample; `npm run fuzz -- --count N --seed S` runs as many as wanted.
const SEED = 20_260_301;
const COUNT = 200;
// The framework fixtures load the real framework declarations (seconds per program): a smaller sample.
const FRAMEWORK_COUNT = 12;

describe('fuzzing the CLI with mutated fixture projects', () => {
  it(`${COUNT} seeded variants: no crash, no stack trace, exit 0/1, or 2 naming a file`, async () => {
    const summary = await runFuzz({ seed: SEED, count: COUNT });
    const crashes = summary.crashes.map((c) => `seed ${c.seed} (${c.fixture}, ${c.format}; ${c.mutations.join('; ')}): ${c.reason}\n${c.stderr.slice(0, 600)}`);
    assert.deepEqual(crashes, []);
    assert.equal(summary.variants, COUNT);
  });

  it(`${FRAMEWORK_COUNT} seeded variants of the framework fixtures (the four adapters): no crash, no checker exception`, async () => {
    const fixtures = frameworkFuzzFixtures();
    assert.equal(fixtures.length, 12, 'three fixtures per framework');
    const seen = new Set<string>();
    const summary = await runFuzz({ seed: SEED, count: FRAMEWORK_COUNT, fixtures, onVariant: (variant) => seen.add(variant.fixture.split('-')[0]!) });
    const crashes = summary.crashes.map((c) => `seed ${c.seed} (${c.fixture}, ${c.format}; ${c.mutations.join('; ')}): ${c.reason}\n${c.stderr.slice(0, 600)}`);
    assert.deepEqual(crashes, []);
    assert.equal(summary.variants, FRAMEWORK_COUNT);
    assert.deepEqual([...seen].sort(), ['ai', 'langgraph', 'mastra', 'openai'], 'every adapter is fuzzed');
  });
});
