import ts from '../typescript.cjs';

/** Where a callee or value resolves to in a package's declarations (see docs/frameworks.md §0). */
export interface ResolvedDeclaration {
  /** Absolute path of the declaration file. */
  file: string;
  /** The package owning the file, from its last `node_modules/` segment (`@openai/agents-core`). */
  packageName: string | undefined;
  /** Declared name, qualified by its class or interface for members (`Agent.asTool`, `Graph$1.addConditionalEdges`). */
  name: string;
  declaration: ts.Declaration;
}

/** The declaration an expression resolves to, through import aliases, re-exports and namespaces. */
export function resolvedDeclaration(checker: ts.TypeChecker, expression: ts.Expression): ResolvedDeclaration | undefined {
  let target: ts.Node = expression;
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (ts.isPropertyAccessExpression(target)) target = target.name;
  let symbol: ts.Symbol | undefined;
  try {
    symbol = checker.getSymbolAtLocation(target);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  } catch {
    return undefined;
  }
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const file = declaration.getSourceFile().fileName;
  const owner = declaration.parent;
  const ownerName = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? `${owner.name.text}.` : '';
  return { file, packageName: packageOf(file), name: ownerName + symbol.getName(), declaration };
}

export function packageOf(file: string): string | undefined {
  return /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
}
