import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import ts from '../analyzer/typescript.cjs';
import { writeTempProject } from '../test/support/temp-project.js';
import { nodeAt, recordCheckerQueries, replayCheckerQueries } from './checker-floor.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('nodeAt', () => {
  it('finds every node of a file again by its range and kind', () => {
    const text = `export function run(task: { goal: string }): string {\n  const prompt = \`Goal: \${task.goal}\`;\n  return (prompt);\n}\n`;
    const sourceFile = ts.createSourceFile('run.ts', text, ts.ScriptTarget.ES2022, true);
    const nodes: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      nodes.push(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    // The statement `return (prompt);` and its parenthesized expression share no range; `prompt` nested in both is found too.
    for (const node of nodes) assert.equal(nodeAt(sourceFile, node.pos, node.end, node.kind), node, `${ts.SyntaxKind[node.kind]} at ${node.pos}`);
    const identifier = nodes.find((node) => ts.isIdentifier(node) && node.text === 'prompt' && ts.isParenthesizedExpression(node.parent))!;
    assert.equal(nodeAt(sourceFile, identifier.pos, identifier.end, ts.SyntaxKind.StringLiteral), undefined);
  });
});

describe('the checker floor', () => {
  it("records the audit's questions about nodes, and asks every one of them again of a fresh program", () => {
    const dir = writeTempProject({
      'src/orchestrator/run.ts': `import { step } from '../workflow/step.js';\n/** @component */\nexport function run(ctx: { goal: string; userId: string }): string {\n  return step(ctx);\n}\n`,
      'src/workflow/step.ts': `/** @component */\nexport function step(ctx: { goal: string; userId: string }): string {\n  return ctx.goal;\n}\n`,
    });
    dirs.push(dir);
    const tsconfig = path.join(dir, 'tsconfig.json');
    const queries = recordCheckerQueries(tsconfig);
    const methods = new Set(queries.map((query) => query.method));
    assert.ok(methods.has('getSymbolAtLocation') && methods.has('getTypeAtLocation'), [...methods].join(', '));
    const replayed = replayCheckerQueries(tsconfig, queries);
    assert.deepEqual([replayed.queries, replayed.missing], [queries.length, 0]);
    assert.ok(replayed.peakRssBytes > 16 * 1024 * 1024, `peak resident set in bytes, got ${replayed.peakRssBytes}`);
  });
});
