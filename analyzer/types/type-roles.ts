import * as path from 'node:path';
import ts from '../typescript.cjs';
import { minimatch } from 'minimatch';
import { findTag } from '../annotations/jsdoc-tags.js';
import type { ResolvedConfig } from '../config/config.js';
import { isDefaultSensitiveName } from './sensitive-names.js';

/**
 * What the config and JSDoc tags say a type or property is: a contract, a whole context, an
 * intent (Reshimu) field, a sensitive field.
 */
export class TypeRoles {
  private readonly contractNames = new Set<string>();
  private readonly contractGlobs: string[] = [];
  private readonly contextNames: Set<string>;
  private readonly sensitiveEntries: Set<string>;
  private readonly reshimuEntries: Set<string>;

  constructor(private readonly config: ResolvedConfig) {
    for (const entry of config.config.contracts ?? []) {
      if (/[/*]|\.ts$/.test(entry)) this.contractGlobs.push(entry.replace(/^\.\//, ''));
      else this.contractNames.add(entry);
    }
    this.contextNames = new Set(config.config.contexts ?? []);
    this.sensitiveEntries = new Set(config.config.sensitive ?? []);
    this.reshimuEntries = new Set(config.config.reshimu ?? []);
  }

  /** `@sensitive`, listed in `sensitive` (as `Type.prop` or `prop`), or a default sensitive name. */
  isSensitive(property: ts.Symbol): boolean {
    const declaration = property.declarations?.[0];
    if (declaration && findTag(declaration, 'sensitive')) return true;
    if (matchesEntry(this.sensitiveEntries, property)) return true;
    return isDefaultSensitiveName(property.name);
  }

  /** What `intentField` answers depend on besides the tags: the config's `reshimu` entries. */
  get intentKey(): string {
    return [...this.reshimuEntries].sort().join();
  }

  /** The intent field a property is (`Task.goal`), when `@reshimu` or listed in `reshimu`. */
  intentField(property: ts.Symbol): string | undefined {
    const declaration = property.declarations?.[0];
    const owner = declaration ? ownerTypeName(declaration) : undefined;
    const tagged = declaration !== undefined && findTag(declaration, 'reshimu') !== undefined;
    if (!tagged && !matchesEntry(this.reshimuEntries, property)) return undefined;
    return owner ? `${owner}.${property.name}` : property.name;
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

function matchesEntry(entries: ReadonlySet<string>, property: ts.Symbol): boolean {
  if (entries.size === 0) return false;
  if (entries.has(property.name)) return true;
  const declaration = property.declarations?.[0];
  const owner = declaration ? ownerTypeName(declaration) : undefined;
  return owner !== undefined && entries.has(`${owner}.${property.name}`);
}

/** The name of the interface, class or type alias a property is declared in. */
export function ownerTypeName(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassLike(parent)) return parent.name?.text;
  if (ts.isTypeLiteralNode(parent) && ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
  return undefined;
}

export function declarationName(declaration: ts.Declaration): string | undefined {
  const name = ts.getNameOfDeclaration(declaration);
  return name && ts.isIdentifier(name) ? name.text : undefined;
}
