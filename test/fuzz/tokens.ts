import ts from '../../analyzer/typescript.cjs';

export interface Token {
  kind: ts.SyntaxKind;
  start: number;
  end: number;
}

/** The tokens of a file as the TypeScript scanner sees them, without whitespace (comments kept: they carry JSDoc tags). */
export function tokenize(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    tokens.push({ kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd() });
  }
  return tokens;
}
