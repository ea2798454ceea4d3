import * as path from 'node:path';
import ts from 'typescript';
import { minimatch } from 'minimatch';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { ResolvedConfig } from '../config/config.js';

/**
 * What the config and JSDoc tags say a type or property is: a contract, a whole context, an
 * intent (Reshimu) field, a sensitive field.
 */
export class TypeRoles {
  private readonly contractNames = new Set<string>();
  private readonly contractGlobs: string[] = [];
  private readonly contextNames: Set<string>;

  constructor(private readonly config: ResolvedConfig) {
    for (const entry of config.config.contracts ?? []) {
      if (/[/*]|\.ts$/.test(entry)) this.contractGlobs.push(entry.replace(/^\.\//, ''));
      else this.contractNames.add(entry);
    }
    this.contextNames = new Set(config.config.contexts ?? []);
  }

  /** A declared type (interface, alias, class, enum) that is a contract wherever it is used. */
  isContract(declaration: ts.Declaration): boolean {
    const name = declarationName(declaration);
    if (name && this.contractNames.has(name)) return true;
    if (findTag(declaration, 'contract')) return true;
    if (this.contractGlobs.length === 0) return false;
    const relative = path.relative(this.config.baseDir, declaration.getSourceFile().fileName).split(path.sep).join('/');
    return this.contractGlobs.some((glob) => minimatch(relative, glob, { dot: true }));
  }

  isContextDeclaration(declaration: ts.Declaration): boolean {
    const name = declarationName(declaration);
    return (name !== undefined && this.contextNames.has(name)) || findTag(declaration, 'context') !== undefined;
  }
}

export function declarationName(declaration: ts.Declaration): string | undefined {
  const name = ts.getNameOfDeclaration(declaration);
  return name && ts.isIdentifier(name) ? name.text : undefined;
}
