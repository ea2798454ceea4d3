import ts from 'typescript';

/**
 * The exported name an expression resolves to when its declaration lives in the given npm
 * package (aliases and re-exports followed by the checker), else undefined. Frameworks are
 * recognised by the symbol the checker resolves, never by identifier text.
 */
export function resolvesToPackageExport(checker: ts.TypeChecker, expression: ts.Expression, packageName: string): string | undefined {
  const target = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
  let symbol: ts.Symbol | undefined;
  try {
    symbol = checker.getSymbolAtLocation(target);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  } catch {
    return undefined;
  }
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  return isInPackage(declaration.getSourceFile().fileName, packageName) ? symbol.name : undefined;
}

export function isInPackage(fileName: string, packageName: string): boolean {
  return fileName.includes(`/node_modules/${packageName}/`);
}
