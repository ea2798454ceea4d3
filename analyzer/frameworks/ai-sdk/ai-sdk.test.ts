import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from '../../typescript.cjs';
import { analyzeProgram } from '../../analyze.js';
import { buildReport } from '../../report/build-report.js';
import { ruleLevels } from '../../report/rule-levels.js';
import type { AnalysisReport } from '../../model.js';
import { repoRoot } from '../../../test/support/paths.js';

// Virtual files inside the repository, so that `ai` and `zod` resolve from its node_modules; nothing is written.
const projectDir = path.join(repoRoot, 'test', 'virtual-ai-sdk');

function audit(files: Record<string, string>): AnalysisReport {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] };
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(projectDir, name), text]));
  virtual.set(path.join(projectDir, 'package.json'), '{ "type": "module" }');
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language, true);
  };
  const roots = Object.keys(files).map((name) => path.join(projectDir, name));
  const program = ts.createProgram(roots, options, host);
  const analysis = analyzeProgram(program, { config: {}, baseDir: projectDir }, projectDir);
  return buildReport(analysis, { levels: ruleLevels({}) });
}

const findings = (report: AnalysisReport) => report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);
const component = (report: AnalysisReport, name: string) => report.components.find((c) => c.name === name);
const rank = (report: AnalysisReport, name: string) => report.tiers.find((t) => t.name === component(report, name)?.tier)?.rank;

describe('AI SDK adapter', () => {
  it('names tools by their key, makes the function running a tool loop an agent, and a plain model call a model boundary from its untiered function', () => {
    const report = audit({
      'src/app.ts': `import { generateText, tool } from 'ai';
import { z } from 'zod';
const weatherTool = tool({ inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => 'sunny in ' + city });
export async function answer(question: string) {
  return generateText({ model: 'openai/gpt-5', prompt: question, tools: { weather: weatherTool } });
}
export async function summarise(text: string) {
  return generateText({ model: 'openai/gpt-5', prompt: text });
}
`,
    });
    assert.deepEqual(
      report.components.map((c) => `${c.kind} ${c.name} ${c.tier}`),
      // summarise is no component of its own: it is there as the untiered sender of its model call (DESIGN §5).
      ['tool weather implementation', 'model-call weather result null', 'agent answer entry', 'model-call generateText null', 'function summarise null', 'model-call generateText null'],
    );
    const toolBoundary = report.boundaries.find((b) => b.kind === 'tool');
    assert.equal(toolBoundary?.contract, 'z.object({ city: z.string() })');
    assert.equal(toolBoundary?.line, 5);
    assert.deepEqual(findings(report), []);
  });

  it('judges what the model sees of a tool result: execute’s return, or toModelOutput’s when it reshapes it', () => {
    const tools = (reshape: string) => `import { generateText, tool } from 'ai';
import { z } from 'zod';
interface Account { username: string; password: string }
declare function loadAccount(id: string): Account;
export async function run() {
  return generateText({
    model: 'openai/gpt-5',
    prompt: 'Find the account.',
    tools: {
      account: tool({
        inputSchema: z.object({ id: z.string() }),
        execute: async ({ id }) => loadAccount(id),
        ${reshape}
      }),
    },
  });
}
`;
    assert.deepEqual(findings(audit({ 'src/run.ts': tools('') })), ['no-sensitive-exposure src/run.ts:12']);
    assert.deepEqual(findings(audit({ 'src/run.ts': tools("toModelOutput: ({ output }) => ({ type: 'text', value: output.username }),") })), []);
  });

  it('counts the deprecated `system` option as a sink', () => {
    const report = audit({
      'src/run.ts': `import { generateText } from 'ai';
/** @component */
export async function greet(user: { name: string; apiKey: string }) {
  return generateText({ model: 'openai/gpt-5', system: 'Key: ' + user.apiKey, prompt: 'Hello ' + user.name });
}
`,
    });
    assert.deepEqual(findings(report), ['no-sensitive-exposure src/run.ts:4']);
  });

  it('reports the conversation handed to a sub-agent as-is or serialised, and judges agent instructions once', () => {
    const report = audit({
      'src/agents.ts': `import { ToolLoopAgent, generateText, tool } from 'ai';
import { z } from 'zod';
const secrets = { apiKey: 'k' };
const helper = new ToolLoopAgent({ id: 'helper', model: 'openai/gpt-5-mini', instructions: 'Use key ' + secrets.apiKey });
export const ask = tool({
  inputSchema: z.object({ question: z.string() }),
  execute: async ({ question }, { messages }) => {
    await helper.generate({ messages });
    return (await helper.generate({ prompt: question + JSON.stringify(messages) })).text;
  },
});
export async function desk(question: string) {
  return generateText({ model: 'openai/gpt-5', prompt: question, tools: { ask } });
}
`,
    });
    assert.deepEqual(findings(report), ['no-sensitive-exposure src/agents.ts:4', 'no-conversation-passthrough src/agents.ts:8', 'no-conversation-passthrough src/agents.ts:9']);
    assert.deepEqual([rank(report, 'desk'), rank(report, 'ask'), rank(report, 'helper')], [0, 1, 2]);
  });

  it('lets a tool that runs its own tool loop delegate to that loop’s tools, without a component of its own for the loop', () => {
    const report = audit({
      'src/nested.ts': `import { generateText, tool } from 'ai';
import { z } from 'zod';
const search = tool({ inputSchema: z.object({ q: z.string() }), execute: async ({ q }) => 'results for ' + q });
const research = tool({
  inputSchema: z.object({ topic: z.string() }),
  execute: async ({ topic }) => (await generateText({ model: 'openai/gpt-5', prompt: topic, tools: { search } })).text,
});
export async function lead(goal: string) {
  return generateText({ model: 'openai/gpt-5', prompt: goal, tools: { research } });
}
`,
    });
    assert.deepEqual([rank(report, 'lead'), rank(report, 'research'), rank(report, 'search')], [0, 1, 2]);
    assert.equal(report.components.filter((c) => c.kind === 'agent').length, 1);
  });
});
