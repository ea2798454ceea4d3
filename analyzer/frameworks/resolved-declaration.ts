import * as fs from 'node:fs';
import ts from '../typescript.cjs';
import { noteCheckerFault } from '../program/checker-faults.js';

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
  } catch (error) {
    noteCheckerFault(checker, error, target);
    return undefined;
  }
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const file = declaration.getSourceFile().fileName;
  const owner = declaration.parent;
  const ownerName = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? `${owner.name.text}.` : '';
  return { file, packageName: packageOf(file), name: ownerName + symbol.getName(), declaration };
}

/**
 * The package owning a file: the `name` in the `package.json` of its last `node_modules/` folder,
 * so that an npm alias (`"ai-v5": "npm:ai@^5"`, installed as `node_modules/ai-v5`) is still `ai`.
 */
export function packageOf(file: string): string | undefined {
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file.split('\\').join('/'));
  if (!match) return undefined;
  const [, root, folder] = match;
  let name = packageNames.get(root);
  if (name === undefined) {
    name = manifestName(root) ?? folder;
    packageNames.set(root, name);
  }
  return name;
}

/** Package roots already read: a program holds thousands of declaration files from a few packages. */
const packageNames = new Map<string, string>();

function manifestName(root: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8'));
    const name = manifest && typeof manifest === 'object' && 'name' in manifest ? manifest.name : undefined;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
  } catch {
    return undefined;
  }
}
