import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../test/support/paths.js';
import { runCli } from '../../test/support/run-cli.js';
import { writeTempProject } from '../../test/support/temp-project.js';
import type { AnalysisReport } from '../model.js';

/** A home-grown planner on no framework, with no config and no tags: nothing to recognise. */
const HOME_GROWN = {
  'tzimtzum.config.json': '{}',
  'src/planner.ts': `export class Planner {\n  plan(goal: string): string[] {\n    return [goal];\n  }\n}\n`,
  'src/navigator.ts': `import { Planner } from './planner.js';\nexport function navigate(goal: string): string[] {\n  return new Planner().plan(goal);\n}\n`,
};

const silence = /no component was recognised/;

function infoOf(report: { diagnostics: AnalysisReport['diagnostics'] }) {
  return report.diagnostics.filter((d) => d.severity === 'info');
}

describe('silence must be earned: nothing recognised is said, never left to "no findings"', () => {
  const tsconfig = path.join(writeTempProject(HOME_GROWN, 'tzimtzum-silent-'), 'tsconfig.json');

  it('JSON: an info diagnostic names the packages looked for, that none resolved, and how to declare a home-grown system', async () => {
    const run = await runCli(['audit', '-p', tsconfig, '-f', 'json']);
    assert.equal(run.code, 0);
    const [info, ...more] = infoOf(JSON.parse(run.stdout) as AnalysisReport);
    assert.equal(more.length, 0);
    assert.equal(info?.file, 'tsconfig.json');
    assert.match(info!.message, silence);
    for (const pkg of ['@openai/agents', '@langchain/langgraph', '@mastra/core', 'ai']) assert.ok(info!.message.includes(pkg), `names ${pkg}`);
    assert.match(info!.message, /none of them resolved/);
    assert.match(info!.message, /@component/);
    assert.match(info!.message, /@tier/);
    assert.match(info!.message, /"tiers"/);
  });

  it('text: the diagnostic is printed under the summary', async () => {
    const run = await runCli(['audit', '-p', tsconfig]);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /✔ no findings/);
    assert.match(lines[1]!, /0 components in 0 tiers/);
    assert.match(lines[2]!, /^info tsconfig\.json: no component was recognised/);
  });

  for (const format of ['sarif', 'markdown', 'html']) {
    it(`${format}: the diagnostic is in the report`, async () => {
      const run = await runCli(['audit', '-p', tsconfig, '-f', format]);
      assert.equal(run.code, 0);
      assert.match(run.stdout, silence);
    });
  }

  it('graph says the same: in JSON diagnostics, and as a comment in DOT and Mermaid', async () => {
    const json = JSON.parse((await runCli(['graph', '-p', tsconfig])).stdout) as AnalysisReport;
    assert.match(infoOf(json)[0]?.message ?? '', silence);
    assert.match((await runCli(['graph', '-p', tsconfig, '-f', 'dot'])).stdout, /^digraph tzimtzum \{\n\/\/ info: no component was recognised/);
    assert.match((await runCli(['graph', '-p', tsconfig, '-f', 'mermaid'])).stdout, /^flowchart TB\n%% info: no component was recognised/);
  });

  it('is not said once one component is declared', async () => {
    const tagged = writeTempProject({ ...HOME_GROWN, 'src/navigator.ts': HOME_GROWN['src/navigator.ts'].replace('export function', '/** @component */\nexport function') }, 'tzimtzum-silent-');
    const run = await runCli(['audit', '-p', path.join(tagged, 'tsconfig.json'), '-f', 'json']);
    assert.deepEqual(infoOf(JSON.parse(run.stdout) as AnalysisReport), []);
  });

  it('says a framework package resolved but only model calls were found', async () => {
    // Under the repository, so that `ai` resolves from its node_modules.
    const base = path.join(repoRoot, 'test-artifacts');
    fs.mkdirSync(base, { recursive: true });
    const dir = fs.mkdtempSync(path.join(base, 'silent-models-'));
    const files = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, types: [] }, include: ['src'] }),
      'package.json': '{ "type": "module" }',
      'tzimtzum.config.json': '{}',
      'src/ask.ts': `import { generateText, type LanguageModel } from 'ai';\nexport async function ask(model: LanguageModel, question: string) {\n  return generateText({ model, prompt: question });\n}\n`,
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const run = await runCli(['audit', '-p', path.join(dir, 'tsconfig.json'), '-f', 'json']);
    fs.rmSync(dir, { recursive: true, force: true });
    const [info] = infoOf(JSON.parse(run.stdout) as AnalysisReport);
    assert.match(info?.message ?? '', /only model calls were recognised \(1\)/);
    assert.match(info!.message, /: ai(, @ai-sdk\/provider-utils)? resolved, but no component of (it|them) is used/);
  });
});
