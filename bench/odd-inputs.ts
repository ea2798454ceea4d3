import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Big and odd, but valid, projects: the audit must finish with exit 0 or 1 and a report,
 * within `boundMs` (wall time of one in-process audit, on the 2-core CI machine; generous on purpose).
 * Each is generated into a folder at run time: nothing huge is committed.
 */
export interface OddInput {
  name: string;
  boundMs: number;
  /** Writes the project; returns the tsconfig to audit. */
  write(dir: string): string;
}

const TSCONFIG = {
  compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true, skipLibCheck: true },
  include: ['src'],
};

const TIERS = {
  tiers: [
    { name: 'orchestrator', include: ['src/orchestrator/**'] },
    { name: 'workflow', include: ['src/workflow/**'] },
    { name: 'implementation', include: ['src/tools/**'] },
  ],
};

const TOOL = `export function lookup(query: string): number { return query.length; }\n`;

export const ODD_INPUTS: readonly OddInput[] = [
  {
    name: 'a 20,000-line generated file',
    boundMs: 60_000,
    write: (dir) =>
      project(dir, {
        'src/tools/lookup.ts': TOOL,
        'src/workflow/generated.ts': [
          `import { lookup } from '../tools/lookup.js';`,
          ...Array.from({ length: 2_000 }, (_, i) =>
            [`export function step${i}(goal: string): number {`, `  const a = goal.trim();`, `  const b = a.length;`, `  if (b > ${i}) {`, `    return lookup(a);`, `  }`, `  return ${i === 0 ? 'b' : `step${i - 1}(goal)`};`, `}`, ``].join('\n'),
          ),
          '',
        ].join('\n'),
        'src/orchestrator/main.ts': `import { step1999 } from '../workflow/generated.js';\nexport function main(goal: string) { return step1999(goal); }\n`,
      }),
  },
  {
    name: '5,000 call sites on one line',
    boundMs: 30_000,
    write: (dir) =>
      project(dir, {
        'src/tools/lookup.ts': TOOL,
        'src/workflow/step.ts': `export function step(goal: string): number { return goal.length; }\n`,
        'src/orchestrator/main.ts': `import { lookup } from '../tools/lookup.js';\nimport { step } from '../workflow/step.js';\nexport function main(goal: string) { let n = 0; ${'n += step(goal) + lookup(goal); '.repeat(2_500)}return n; }\n`,
      }),
  },
  {
    // 500 nested functions capture the outer scopes; the same depth of arrow functions with block
    // bodies overflows the TypeScript parser (tsc itself crashes on it): that file is a diagnostic.
    name: 'closures nested 500 deep',
    boundMs: 30_000,
    write: (dir) =>
      project(dir, {
        'src/tools/lookup.ts': TOOL,
        'src/orchestrator/nested-functions.ts': [
          `import { lookup } from '../tools/lookup.js';`,
          ...Array.from({ length: 500 }, (_, i) => `export function f${i}(x${i}: string): number {`),
          `  return lookup(x0 + x499);`,
          ...Array.from({ length: 500 }, (_, i) => `} ${i < 499 ? `return f${498 - i}(x${498 - i});` : ''}`),
          '',
        ].join('\n').replace(/export function f(?!0\()/g, 'function f'),
        'src/orchestrator/nested-arrows.ts': [
          `import { lookup } from '../tools/lookup.js';`,
          `export function main(goal: string) {`,
          ...Array.from({ length: 500 }, (_, i) => `const f${i} = (x${i}: string) => {`),
          `  return lookup(goal + x499);`,
          ...Array.from({ length: 500 }, (_, i) => `}; return f${499 - i}(goal);`),
          `}`,
          '',
        ].join('\n'),
      }),
  },
  {
    name: 'a 200-member union type as a parameter',
    boundMs: 30_000,
    write: (dir) =>
      project(dir, {
        'src/workflow/events.ts': `export type Event =\n${Array.from({ length: 200 }, (_, i) => `  | { kind: 'e${i}'; field${i}: string; apiKey${i % 2 === 0 ? '' : i}?: string }`).join('\n')};\n`,
        'src/tools/record.ts': `import type { Event } from '../workflow/events.js';\nexport function record(event: Event): string { return event.kind; }\n`,
        'src/workflow/step.ts': `import type { Event } from './events.js';\nimport { record } from '../tools/record.js';\nexport function step(event: Event): string { return record(event); }\n`,
        'src/orchestrator/main.ts': `import type { Event } from '../workflow/events.js';\nimport { step } from '../workflow/step.js';\nexport function main(event: Event) { return step(event); }\n`,
      }),
  },
  {
    name: 'cyclic imports across tiers',
    boundMs: 30_000,
    write: (dir) =>
      project(dir, {
        'src/orchestrator/a.ts': `import { b } from '../workflow/b.js';\nexport function a(n: number): number { return n <= 0 ? 0 : b(n - 1); }\n`,
        'src/workflow/b.ts': `import { c } from '../tools/c.js';\nimport { a } from '../orchestrator/a.js';\nexport function b(n: number): number { return n % 2 ? a(n - 1) : c(n - 1); }\n`,
        'src/tools/c.ts': `import { a } from '../orchestrator/a.js';\nimport { b } from '../workflow/b.js';\nexport function c(n: number): number { return n % 3 ? a(n) + b(n) : c(n - 1); }\n`,
      }),
  },
  {
    name: 'a symlinked folder that links to its parent',
    boundMs: 30_000,
    write: (dir) => {
      const tsconfig = project(dir, {
        'src/tools/lookup.ts': TOOL,
        'src/orchestrator/main.ts': `import { lookup } from '../tools/lookup.js';\nexport function main(goal: string) { return lookup(goal); }\n`,
      });
      fs.symlinkSync('..', path.join(dir, 'src', 'tools', 'loop'), 'dir');
      fs.symlinkSync('..', path.join(dir, 'src', 'up'), 'dir');
      return tsconfig;
    },
  },
  {
    name: 'a tsconfig with project references (composite)',
    boundMs: 30_000,
    write: (dir) => {
      const composite = (include: string[], references: string[] = []) =>
        JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, noEmit: undefined, composite: true, declaration: true, outDir: 'out' }, include, references: references.map((p) => ({ path: p })) });
      write(dir, {
        'tzimtzum.config.json': JSON.stringify({ tiers: [{ name: 'orchestrator', include: ['packages/app/**'] }, { name: 'implementation', include: ['packages/tools/**'] }] }),
        'packages/tools/tsconfig.json': composite(['src']),
        'packages/tools/src/lookup.ts': TOOL,
        'packages/app/tsconfig.json': composite(['src'], ['../tools']),
        'packages/app/src/main.ts': `import { lookup } from '../../tools/src/lookup.js';\nexport function main(goal: string) { return lookup(goal); }\n`,
        // Solution style: the root includes nothing itself, only the referenced projects.
        'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './packages/app' }, { path: './packages/tools' }] }),
      });
      return path.join(dir, 'tsconfig.json');
    },
  },
];

function project(dir: string, files: Record<string, string>): string {
  write(dir, { 'tsconfig.json': JSON.stringify(TSCONFIG), 'tzimtzum.config.json': JSON.stringify(TIERS), ...files });
  return path.join(dir, 'tsconfig.json');
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}
