import ts from '../typescript.cjs';
import { SyntaxMemo } from '../syntax-memo.js';

/** The names of one declaration file, kept while the file is: an edit elsewhere reuses the same SourceFile. */
const namesOfFile = new SyntaxMemo<ts.SourceFile, readonly string[]>();

/**
 * Every name the given declaration files declare or mention: a member called by any other name
 * (`notes.push`, `outputs.join`) cannot be declared in them, which is known without asking the
 * checker for the receiver's type.
 */
export function declaredNames(files: readonly ts.SourceFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const name of namesOfFile.get(file, () => namesIn(file))) names.add(name);
  }
  return names;
}

function namesIn(file: ts.SourceFile): string[] {
  // `export default` declares a member named `default` without an identifier of that name.
  const found = new Set<string>(['default']);
  const visit = (node: ts.Node): void => {
    // A string may be a quoted member name (`'create'(): Promise<T>`, `['create']: …`).
    if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found];
}

/** Whether a callee could resolve into one of the files `names` came from: an identifier always may (it can be an import alias). */
export function mayNamePackageMember(callee: ts.Expression, names: ReadonlySet<string>): boolean {
  let inner = callee;
  while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  return !ts.isPropertyAccessExpression(inner) || names.has(inner.name.text);
}
