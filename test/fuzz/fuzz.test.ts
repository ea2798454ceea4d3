import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from './fuzz-campaign.js';
import { frameworkFuzzFixtures } from './fuzz-variant.js';

// A fixed, bounded sample; `npm run fuzz -- --count N --seed S` runs as many as wanted.
const SEED = 20_260_301;
const COUNT = 200;
// The framework fixtures load the real framework declarations (seconds per program): a smaller sample per adapter.
const FRAMEWORK_VARIANTS = 1;

describe('fuzzing the CLI with mutated fixture projects', () => {
  it(`${COUNT} seeded variants: no crash, no stack trace, exit 0/1, or 2 naming a file`, async () => {
    const summary = await runFuzz({ seed: SEED, count: COUNT });
    const crashes = summary.crashes.map((c) => `seed ${c.seed} (${c.fixture}, ${c.format}; ${c.mutations.join('; ')}): ${c.reason}\n${c.stderr.slice(0, 600)}`);
    assert.deepEqual(crashes, []);
    assert.equal(summary.variants, COUNT);
  });

  for (const [k, framework] of ['ai-sdk', 'langgraph', 'mastra', 'openai-agents'].entries()) {
    it(`a seeded variant of a ${framework} fixture: no crash, no checker exception`, async () => {
      const fixtures = frameworkFuzzFixtures().filter((name) => name.startsWith(`${framework}-`));
      assert.ok(fixtures.length >= 3, 'at least the app, its designed twin and its aliases fixture');
      const summary = await runFuzz({ seed: SEED + k, count: FRAMEWORK_VARIANTS, fixtures });
      const crashes = summary.crashes.map((c) => `seed ${c.seed} (${c.fixture}, ${c.format}; ${c.mutations.join('; ')}): ${c.reason}\n${c.stderr.slice(0, 600)}`);
      assert.deepEqual(crashes, []);
      assert.equal(summary.variants, FRAMEWORK_VARIANTS);
    });
  }
});
