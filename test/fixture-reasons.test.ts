import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listFixtures } from './support/fixtures.js';
import { fixtureReasonProblems } from './support/fixture-reasons.js';

describe("every expected finding of a fixture has its reason in the fixture", () => {
  for (const fixture of listFixtures()) {
    it(`${fixture.name}: a '// why:' above each expected finding and a finding below each '// why:'`, () => {
      assert.deepEqual(fixtureReasonProblems(fixture), []);
    });
  }

  it('reports a finding without a reason, a reason without a finding, and disorder', () => {
    const [fixture] = listFixtures().filter((f) => f.name === 'smoke');
    assert.ok(fixture);
    const findings = fixture.expected.findings;
    const broken = { ...fixture, expected: { findings: [findings[1]!, findings[0]!, { ...findings[2]!, line: 1 }, ...findings.slice(3)] } };
    assert.deepEqual(fixtureReasonProblems(broken), [
      'src/council/review.ts:7: out of order (sort by file, then line)',
      'src/orchestrator/desk.ts:1: require-boundary-contract has no \'// why:\' comment on the line above',
    ]);
  });
});
