import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeProgram } from '../analyze.js';
import { analyzeProject, buildReport, ruleLevels } from '../index.js';
import type { AnalysisReport } from '../model.js';
import { listFixtures } from '../../test/support/fixtures.js';
import { proposeConfig } from './propose-config.js';

const componentKey = (c: AnalysisReport['components'][number]) => `${c.file}:${c.line} ${c.kind} ${c.name}`;
const findingKey = (f: AnalysisReport['findings'][number]) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

/**
 * The contract of `init` (DESIGN.md §5): auditing with the config it writes assigns every component
 * the tier the first audit gave it, and reports at least the findings the first audit reported.
 */
describe('init writes a config that reproduces the tiers and keeps every finding', () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, () => {
      const project = analyzeProject({ tsconfig: fixture.tsconfig });
      const levels = ruleLevels(project.config.config);
      const before = buildReport(project.analysis, { levels });
      if (before.tiers.length === 0) return;
      const proposal = proposeConfig(project.analysis, project.config.config);
      assert.ok((proposal.config.tiers?.length ?? 0) > 0, 'an empty tiers list is never written');
      assert.deepEqual(proposal.unplaced, []);

      const rerun = analyzeProgram(project.analysis.context.program, { config: proposal.config, baseDir: project.rootDir }, project.rootDir);
      const after = buildReport(rerun, { levels: ruleLevels(proposal.config) });
      assert.deepEqual(
        after.tiers.map((t) => [t.name, t.declared]),
        before.tiers.map((t) => [t.name, true]),
        'the written tiers, in the inferred order',
      );
      const tierAfter = new Map(after.components.map((c) => [componentKey(c), c.tier]));
      const moved = before.components
        // A component inference left without a tier (a plain function there only as a model call's sender)
        // lands in its file's tier under the written globs, as DESIGN §5 says every function of a glob's file does.
        .filter((c) => c.kind !== 'model-call' && c.tier !== null && tierAfter.has(componentKey(c)) && tierAfter.get(componentKey(c)) !== c.tier)
        .map((c) => `${componentKey(c)}: ${c.tier} → ${tierAfter.get(componentKey(c))}`);
      assert.deepEqual(moved, []);
      const missing = before.components.filter((c) => c.kind !== 'model-call' && !tierAfter.has(componentKey(c))).map(componentKey);
      assert.deepEqual(missing, [], 'no component is lost');
      const found = new Set(after.findings.map(findingKey));
      assert.deepEqual(before.findings.map(findingKey).filter((k) => !found.has(k)), []);
    });
  }
});
