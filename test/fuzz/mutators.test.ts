import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from '../../analyzer/typescript.cjs';
import { globSync } from 'glob';
import { seededRandom } from '../../bench/seeded-random.js';
import { fuzzFixtures, makeVariant } from './fuzz-variant.js';
import { MUTATOR_NAMES, MUTATORS } from './mutators.js';
import { tokenize } from './tokens.js';

const SAMPLE = `/** @tier workflow */\nexport function step(goal: string) {\n  return tool(\`Goal: \${goal}\`, [1, 2]);\n}\n`;

describe('fuzz mutators', () => {
  it('tokenises with the TypeScript scanner, comments kept and whitespace dropped', () => {
    const { SyntaxKind: K } = ts;
    assert.deepEqual(
      tokenize('/** a */ f(x,\n 1);').map((t) => t.kind),
      [K.MultiLineCommentTrivia, K.Identifier, K.OpenParenToken, K.Identifier, K.CommaToken, K.NumericLiteral, K.CloseParenToken, K.SemicolonToken],
    );
  });

  it('every mutator is deterministic for a seed, and changes the text for some seed', () => {
    for (const name of MUTATOR_NAMES) {
      const run = (seed: number) => MUTATORS[name](SAMPLE, seededRandom(seed), ['orchestrator', 'workflow']);
      assert.equal(run(7), run(7), name);
      assert.ok([1, 2, 3, 4, 5].some((seed) => run(seed) !== SAMPLE), `${name} never changes the sample`);
    }
  });

  it('deep nesting goes 2,000 levels deep', () => {
    const text = MUTATORS['deep-nesting']('', seededRandom(1), []);
    assert.ok(text.length > 4_000, text.slice(0, 80));
  });
});

describe('fuzz variants', () => {
  it('draws from the annotated fixtures, broken among them, and no framework fixture', () => {
    const fixtures = fuzzFixtures();
    assert.ok(fixtures.includes('broken') && fixtures.includes('annotated-stack') && fixtures.includes('rules/no-tier-skip/invalid'));
    assert.ok(!fixtures.some((name) => /openai|langgraph|mastra|ai-sdk/.test(name)));
  });

  it('the same seed rebuilds the same variant byte for byte', () => {
    const read = (dir: string) => Object.fromEntries(globSync('src/**/*.ts', { cwd: dir }).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const a = makeVariant(42, fuzzFixtures());
    const b = makeVariant(42, fuzzFixtures());
    try {
      assert.deepEqual(a.mutations, b.mutations);
      assert.equal(a.fixture, b.fixture);
      assert.deepEqual(read(a.dir), read(b.dir));
      assert.ok(a.mutations.length >= 1 && a.mutations.length <= 2);
    } finally {
      fs.rmSync(a.dir, { recursive: true, force: true });
      fs.rmSync(b.dir, { recursive: true, force: true });
    }
  });
});
