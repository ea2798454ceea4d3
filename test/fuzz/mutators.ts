import type { SeededRandom } from '../../bench/seeded-random.js';
import ts from '../../analyzer/typescript.cjs';
import { tokenize, type Token } from './tokens.js';

/** A mutation of one file's text. `tiers` are the tier names a `@tier` tag may pick from (valid and not). */
export type Mutator = (text: string, random: SeededRandom, tiers: readonly string[]) => string;

const DEEP = 2_000;

const MUTATOR_TABLE = {
  'delete-token': (text, random) => withToken(text, random, (t) => splice(text, t.start, t.end, '')),
  'duplicate-token': (text, random) => withToken(text, random, (t) => splice(text, t.end, t.end, ` ${text.slice(t.start, t.end)}`)),
  'swap-tokens': (text, random) => {
    const tokens = tokenize(text);
    if (tokens.length < 2) return text;
    const [a, b] = [random.pick(tokens), random.pick(tokens)].sort((x, y) => x.start - y.start) as [Token, Token];
    if (a === b) return text;
    return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
  },
  'replace-identifier': (text, random) => {
    // Another name of the same file: creates calls into other tiers, recursion and cycles.
    const names = tokenize(text).filter((t) => t.kind === ts.SyntaxKind.Identifier);
    if (names.length < 2) return text;
    const target = random.pick(names);
    const source = random.pick(names);
    return splice(text, target.start, target.end, text.slice(source.start, source.end));
  },
  truncate: (text, random) => text.slice(0, random.int(0, text.length)),
  'unbalanced-brackets': (text, random) => {
    const run = Array.from({ length: random.int(1, 6) }, () => random.pick(['(', ')', '{', '}', '[', ']', '<', '>', '${', '`'])).join('');
    return atTokenBoundary(text, random, run);
  },
  'huge-literal': (text, random) => {
    const literal = random.pick([
      () => `'${'x'.repeat(1_000_000)}'`,
      () => '9'.repeat(100_000),
      () => `\`${'${a}'.repeat(5_000)}\``,
      () => `0x${'f'.repeat(50_000)}n`,
    ])();
    return replaceLiteralOr(text, random, literal, `\nexport const fuzzLiteral = ${literal};\n`);
  },
  'deep-nesting': (text, random) => {
    const nested = random.pick([
      () => `${'('.repeat(DEEP)}1${')'.repeat(DEEP)}`,
      () => `${'() => '.repeat(DEEP)}0`,
      () => `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`,
      () => `${'{ a: '.repeat(DEEP)}0${' }'.repeat(DEEP)}`,
      () => `${'f('.repeat(DEEP)}0${')'.repeat(DEEP)}`,
      () => `${'function g() { return '.repeat(DEEP / 4)}0${'; }'.repeat(DEEP / 4)}`,
      () => Array.from({ length: DEEP * 2 }, (_, i) => `f(${i})`).join(' + '),
    ])();
    return atStatementBoundary(text, random, `\nexport const fuzzDeep: any = ${nested};\n`);
  },
  'tier-tag': (text, random, tiers) => {
    const name = random.pick([...tiers, 'kitchen', '', '*', '@tier', 'implementation implementation', '\u05d0\u05d9\u05df']);
    const tag = random.pick([`/** @tier ${name} */\n`, `// @tier ${name}\n`, `/** @component @tier ${name} */\n`]);
    return random.chance(0.3) ? tag + text : atStatementBoundary(text, random, `\n${tag}`);
  },
  'jsdoc-tag': (text, random) => {
    const tag = random.pick(['@context', '@contract', '@reshimu', '@sensitive', '@component', '@tier', '@reshimu @sensitive @context']);
    return atStatementBoundary(text, random, `\n/** ${tag} */\n`);
  },
} satisfies Record<string, Mutator>;

export type MutatorName = keyof typeof MUTATOR_TABLE;
export const MUTATORS: Readonly<Record<MutatorName, Mutator>> = MUTATOR_TABLE;
export const MUTATOR_NAMES = Object.keys(MUTATORS).sort() as MutatorName[];

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function withToken(text: string, random: SeededRandom, edit: (token: Token) => string): string {
  const tokens = tokenize(text);
  return tokens.length === 0 ? text : edit(random.pick(tokens));
}

function atTokenBoundary(text: string, random: SeededRandom, insert: string): string {
  const tokens = tokenize(text);
  const at = tokens.length === 0 ? 0 : random.pick(tokens).start;
  return splice(text, at, at, insert);
}

/** Before a random line that starts a statement-like token, so the insertion usually parses. */
function atStatementBoundary(text: string, random: SeededRandom, insert: string): string {
  const starts = [0, ...[...text.matchAll(/\n(?=\s*(export|function|const|let|class|interface|type|async|return|\w+\())/g)].map((m) => m.index + 1)];
  const at = random.pick(starts);
  return splice(text, at, at, insert);
}

function replaceLiteralOr(text: string, random: SeededRandom, literal: string, fallback: string): string {
  const literals = tokenize(text).filter((t) => t.kind === ts.SyntaxKind.StringLiteral || t.kind === ts.SyntaxKind.NumericLiteral);
  if (literals.length === 0 || random.chance(0.3)) return text + fallback;
  const target = random.pick(literals);
  return splice(text, target.start, target.end, literal);
}
