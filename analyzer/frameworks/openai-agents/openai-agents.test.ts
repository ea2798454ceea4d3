import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { analyzeProgram } from '../../analyze.js';
import type { TzimtzumConfig } from '../../config/config.js';
import { repoRoot } from '../../../test/support/paths.js';

/** A virtual project under the repository, so that `@openai/agents` resolves from its node_modules. */
const projectDir = path.join(repoRoot, 'test-artifacts', 'openai-agents-adapter');

const librarySources = new Map<string, ts.SourceFile | undefined>();

const SDK_HEADER = `import { Agent, Runner, handoff, run, tool, type RunContext } from '@openai/agents';\nimport { z } from 'zod';\n`;

function analyze(files: Record<string, string>, config: TzimtzumConfig = {}) {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] };
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(projectDir, name), text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.fileExists = (file) => virtual.has(file) || fileExists(file);
  host.directoryExists = (dir) => [...virtual.keys()].some((file) => file.startsWith(dir + path.sep)) || ts.sys.directoryExists(dir);
  host.getSourceFile = (file, language) => {
    if (virtual.has(file)) return ts.createSourceFile(file, virtual.get(file)!, language, true);
    // The SDK's and the standard library's declarations are parsed once for all cases.
    if (!librarySources.has(file)) {
      const text = readFile(file);
      librarySources.set(file, text === undefined ? undefined : ts.createSourceFile(file, text, language, true));
    }
    return librarySources.get(file);
  };
  // NodeNext treats the files as ESM only below a package.json with "type": "module".
  virtual.set(path.join(projectDir, 'package.json'), '{ "type": "module" }');
  const program = ts.createProgram([...virtual.keys()].filter((f) => f.endsWith('.ts')), options, host);
  const { context, findings } = analyzeProgram(program, { config, baseDir: projectDir }, projectDir);
  return {
    findings: findings.map((f) => {
      const { line } = f.sourceFile.getLineAndCharacterOfPosition(f.start);
      return `${path.relative(projectDir, f.sourceFile.fileName)}:${line + 1} ${f.ruleId}`;
    }),
    tierOf: (name: string) => {
      const component = context.components.all.find((c) => c.name === name);
      return component?.tier ? context.tiers.rank(component.tier) : undefined;
    },
  };
}

describe('openai-agents adapter', () => {
  it('needs the SDK installed at the repository root', () => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'node_modules', '@openai', 'agents-core', 'package.json')));
  });

  it('a Runner with a handoffInputFilter covers bare handoffs, unless the agent is also run without one', () => {
    const agents = `${SDK_HEADER}export const billing = new Agent({ name: 'Billing', instructions: 'Bill.' });
export const triage = new Agent({ name: 'Triage', instructions: 'Route.', handoffs: [billing] });
const runner = new Runner({ handoffInputFilter: (data) => ({ ...data, newItems: [] }) });
export const filtered = () => runner.run(triage, 'hi');
`;
    assert.deepEqual(analyze({ 'src/agents.ts': agents }).findings, []);
    const alsoPlain = `${agents}export const plain = () => run(triage, 'hi');\n`;
    assert.deepEqual(analyze({ 'src/agents.ts': alsoPlain }).findings, ['src/agents.ts:4 no-conversation-passthrough']);
  });

  it('a run-level filter that returns its input whole filters nothing', () => {
    const agents = `${SDK_HEADER}export const billing = new Agent({ name: 'Billing', instructions: 'Bill.' });
export const triage = new Agent({ name: 'Triage', instructions: 'Route.', handoffs: [billing] });
const runner = new Runner({ handoffInputFilter: (data) => data });
export const go = () => runner.run(triage, 'hi');
`;
    assert.deepEqual(analyze({ 'src/agents.ts': agents }).findings, ['src/agents.ts:4 no-conversation-passthrough']);
  });

  it('a clone shares the handoffs it does not set, reported at the clone', () => {
    const agents = `${SDK_HEADER}export const billing = new Agent({ name: 'Billing', instructions: 'Bill.' });
export const triage = new Agent({ name: 'Triage', instructions: 'Route.', handoffs: [handoff(billing, { inputFilter: (d) => ({ ...d, preHandoffItems: [] }) })] });
export const nightTriage = triage.clone({ name: 'NightTriage' });
export const terse = new Agent({ name: 'Terse', instructions: 'Route.', handoffs: [billing] });
export const terseAtNight = terse.clone({ name: 'TerseAtNight', instructions: 'Route quietly.' });
`;
    const result = analyze({ 'src/agents.ts': agents });
    assert.deepEqual(result.findings, ['src/agents.ts:6 no-conversation-passthrough', 'src/agents.ts:7 no-conversation-passthrough']);
    assert.equal(result.tierOf('NightTriage'), 0);
    assert.equal(result.tierOf('Billing'), 1);
  });

  it('a tool without parameters has no contract', () => {
    const tools = `${SDK_HEADER}const untyped = tool({ name: 'untyped', description: 'No schema.', execute: async () => 'ok' } as any);
export const agent = new Agent({ name: 'Solo', instructions: 'Work.', tools: [untyped] });
`;
    assert.deepEqual(analyze({ 'src/tools.ts': tools }).findings, ['src/tools.ts:4 require-boundary-contract']);
  });

  it('an agent-as-tool whose inputBuilder serialises a context is a passthrough', () => {
    const agents = `${SDK_HEADER}/** @context */
interface Session { userId: string; history: string[]; locale: string }
declare const session: Session;
const writer = new Agent({ name: 'Writer', instructions: 'Write.' });
export const lead = new Agent({
  name: 'Lead',
  instructions: 'Lead.',
  tools: [writer.asTool({ toolName: 'write', toolDescription: 'Write.', inputBuilder: () => JSON.stringify(session) })],
});
`;
    const result = analyze({ 'src/agents.ts': agents });
    assert.deepEqual(result.findings, ['src/agents.ts:10 no-context-passthrough']);
    assert.equal(result.tierOf('Writer'), 1);
  });

  it('judges the run context where it enters the run, under declared tiers', () => {
    const agents = `${SDK_HEADER}export const desk = new Agent({ name: 'Desk', instructions: 'Help.' });\n`;
    const main = `import { run } from '@openai/agents';
import { desk } from '../agents/agents.js';
interface Ticket { customerId: string; plan: string; message: string }
export const fresh = (t: Ticket) => run(desk, t.message, { context: { customerId: t.customerId } });
export const whole = (t: Ticket) => run(desk, t.message, { context: t });
export const spread = (t: Ticket) => run(desk, t.message, { context: { ...t } });
`;
    const config: TzimtzumConfig = { tiers: [{ name: 'orchestrator', include: ['src/main/**'] }, { name: 'council', include: ['src/agents/**'] }] };
    assert.deepEqual(analyze({ 'src/agents/agents.ts': agents, 'src/main/main.ts': main }, config).findings, [
      'src/main/main.ts:5 no-context-passthrough',
      'src/main/main.ts:6 no-context-passthrough',
    ]);
  });
});
