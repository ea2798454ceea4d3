import ts from '../typescript.cjs';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { ResolvedConfig } from '../config/config.js';

/**
 * The property names an intent field can have: the last part of each `reshimu` config entry and
 * every property tagged `@reshimu`. Read from the config and the source text alone, so that a
 * program declaring no intent field costs the intent analysis nothing.
 */
export function declaredIntentNames(config: ResolvedConfig, program: ts.Program): Set<string> {
  const names = new Set<string>();
  for (const entry of config.config.reshimu ?? []) {
    const name = entry.slice(entry.lastIndexOf('.') + 1);
    if (name) names.add(name);
  }
  for (const sourceFile of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sourceFile) || !sourceFile.text.includes('@reshimu')) continue;
    const visit = (node: ts.Node): void => {
      const name = (node as ts.NamedDeclaration).name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) && findTag(node, 'reshimu')) names.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return names;
}
