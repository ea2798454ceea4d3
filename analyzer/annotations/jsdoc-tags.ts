import ts from '../typescript.cjs';

/** The JSDoc tags tzimtzum reads: the only JSDoc read from TypeScript files. */
export const TZIMTZUM_TAGS = ['tier', 'component', 'contract', 'context', 'reshimu', 'sensitive'] as const;

export type TzimtzumTag = (typeof TZIMTZUM_TAGS)[number];

const MENTIONED_TAG = new RegExp(`@(?:${TZIMTZUM_TAGS.join('|')})\\b`);

/** Whether a file's text mentions a tzimtzum tag: one that mentions none has no JSDoc `findTag` reads. */
export function mentionsTzimtzumTag(text: string): boolean {
  return MENTIONED_TAG.test(text);
}

export interface TagValue {
  tag: TzimtzumTag;
  /** The text after the tag name, trimmed (the tier name for `@tier`). */
  value: string;
  node: ts.Node;
}

/** JSDoc tags on a declaration; for an arrow function or class expression, those on its variable statement. */
export function tagsOf(node: ts.Node): readonly ts.JSDocTag[] {
  const tags = ts.getJSDocTags(node);
  if (tags.length > 0) return tags;
  const host = jsDocHost(node);
  return host && host !== node ? ts.getJSDocTags(host) : tags;
}

/** Tags found per node: syntax, asked for every function of the project at each analysis (an editor re-lints after each edit). */
const found = new WeakMap<ts.Node, Partial<Record<TzimtzumTag, TagValue | null>>>();

export function findTag(node: ts.Node, tag: TzimtzumTag): TagValue | undefined {
  let byTag = found.get(node);
  if (!byTag) {
    byTag = {};
    found.set(node, byTag);
  }
  let value = byTag[tag];
  if (value === undefined) {
    value = null;
    for (const jsDocTag of tagsOf(node)) {
      if (jsDocTag.tagName.text === tag) {
        value = { tag, value: (ts.getTextOfJSDocComment(jsDocTag.comment) ?? '').trim().split(/\s+/)[0] ?? '', node: jsDocTag };
        break;
      }
    }
    byTag[tag] = value;
  }
  return value ?? undefined;
}

export function hasTag(node: ts.Node, tag: TzimtzumTag): boolean {
  return findTag(node, tag) !== undefined;
}

/**
 * The file's own `@tier`: one in a comment at the top of the file that is not attached to a
 * declaration. A comment before an import (or other non-declaration) counts; before a
 * declaration, only the comments other than the last, which belongs to the declaration.
 */
export function fileTierTag(sourceFile: ts.SourceFile): TagValue | undefined {
  const first = sourceFile.statements[0];
  const text = sourceFile.text;
  const ranges = first ? (ts.getLeadingCommentRanges(text, first.pos) ?? []) : (ts.getLeadingCommentRanges(text, 0) ?? []);
  const fileLevel = first && isDeclaration(first) ? ranges.slice(0, -1) : ranges;
  for (const range of fileLevel) {
    const match = /@tier\s+([^\s*]+)/.exec(text.slice(range.pos, range.end));
    if (match?.[1]) return { tag: 'tier', value: match[1], node: first ?? sourceFile };
  }
  return undefined;
}

function isDeclaration(statement: ts.Statement): boolean {
  return !(
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isExpressionStatement(statement) ||
    ts.isExportAssignment(statement)
  );
}

/** The node whose JSDoc describes `node`: the variable statement of `const f = () => …`, the property of `{ f: () => … }`. */
function jsDocHost(node: ts.Node): ts.Node | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
    return parent.parent?.parent && ts.isVariableStatement(parent.parent.parent) ? parent.parent.parent : parent;
  }
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) return parent;
  if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) return jsDocHost(parent);
  return undefined;
}
