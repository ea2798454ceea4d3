import { writeTempProject } from './temp-project.js';

export const HOSTILE_STRING = '</script><img src=x onerror=alert(1)>';
/** A file name with spaces, quotes, HTML and non-ASCII characters. */
export const HOSTILE_FILE = `src/orchestrator/desk "ünï" 'q' <b>.ts`;
const ESC = '\u001b';

/**
 * A project whose names and strings try to break every report format: a script-closing string,
 * property names with raw control characters, non-ASCII identifiers, a hostile file name.
 */
export function writeHostileProject(): string {
  return writeTempProject(
    {
      [HOSTILE_FILE]: [
        `import { 計画 } from '../workflow/計画.js';`,
        `/** @context */`,
        `export interface Контекст { goal: string; user: string; '${HOSTILE_STRING}': string; 'esc${ESC}[31mred${ESC}[0m\\u0007': string; apiKey: string }`,
        `export function главный(ctx: Контекст) {`,
        `  const banner = '${HOSTILE_STRING}${ESC}[2J';`,
        `  return 計画(ctx, banner);`,
        `}`,
        '',
      ].join('\n'),
      'src/workflow/計画.ts': `export function 計画(c: { goal: string }, b: string): string {\n  return c.goal + b;\n}\n`,
    },
    'tzimtzum-hostile-',
  );
}
