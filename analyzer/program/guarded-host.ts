import ts from '../typescript.cjs';
import { mentionsTzimtzumTag } from '../annotations/jsdoc-tags.js';

const unparsable = new WeakMap<ts.SourceFile, string>();

/**
 * Deeper than this, the TypeScript binder (near 2,000 levels) or the analyzer's own recursive
 * walks (a 5,000-term `a + b + …` chain) may overflow the stack even when the parser did not.
 * Hand-written code stays far below.
 */
export const MAX_NESTING = 1_500;

/**
 * A compiler host whose parser survives files it cannot parse: the TypeScript parser is
 * recursive and overflows the stack on a few thousand nested parentheses or arrow functions.
 * Such a file is replaced by an empty one, so the rest of the program is still analysed, and
 * the reason is kept for its diagnostic. So is a file nested deeper than MAX_NESTING.
 */
export function createGuardedHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  // What else the parser and binder read from the options (as the document registry keys them).
  const settings = JSON.stringify([options.target, options.module, options.moduleDetection, options.alwaysStrict, options.strict, options.jsx, options.allowJs]);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const replace = (reason: string): ts.SourceFile => {
      const empty = ts.createSourceFile(fileName, '', languageVersionOrOptions);
      unparsable.set(empty, `${reason}; the file is not analysed`);
      return empty;
    };
    const shared = !shouldCreateNewSourceFile && isSharedDeclarationFile(fileName) ? `${sharedKey(fileName, languageVersionOrOptions)}|${settings}` : undefined;
    const text = shared === undefined ? undefined : host.readFile(fileName);
    const known = shared === undefined ? undefined : declarationFiles.get(shared);
    if (known && known.text === text) return known;
    let sourceFile: ts.SourceFile | undefined;
    try {
      sourceFile = parseTypeScript(host, fileName, text, languageVersionOrOptions, onError) ?? getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
      if (shared !== undefined && sourceFile?.isDeclarationFile) declarationFiles.set(shared, sourceFile);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return replace(`the TypeScript parser gave up (${error.message})`);
    }
    if (sourceFile && !sourceFile.isDeclarationFile && exceedsNesting(sourceFile, MAX_NESTING)) {
      return replace(`nested more than ${MAX_NESTING} levels deep`);
    }
    return sourceFile;
  };
  return host;
}

/**
 * Declaration files of libraries and of TypeScript itself, parsed once per process and reused by
 * every later program whose file has the same text (as a language service's document registry
 * does): tests and tools that audit many projects in one process parse `lib.*.d.ts` and the
 * frameworks' types once. A single CLI run builds one program and never hits this cache.
 */
const declarationFiles = new Map<string, ts.SourceFile>();

function isSharedDeclarationFile(fileName: string): boolean {
  return /\.d\.[cm]?ts$/.test(fileName) && (fileName.includes('/node_modules/') || /\/lib\.[\w.]*d\.ts$/.test(fileName));
}

function sharedKey(fileName: string, languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions): string {
  if (typeof languageVersionOrOptions !== 'object') return `${fileName}|${languageVersionOrOptions}`;
  const { languageVersion, impliedNodeFormat, jsDocParsingMode } = languageVersionOrOptions;
  return `${fileName}|${languageVersion}|${impliedNodeFormat ?? ''}|${jsDocParsingMode ?? ''}`;
}

/**
 * A TypeScript file (declarations included), read once. One that mentions no tag the analysis
 * reads is parsed as `tsc` parses it, without its JSDoc: the checker reads JSDoc only in JavaScript
 * files, and library declarations are mostly JSDoc. Undefined for JavaScript files, which the
 * compiler host parses as they are.
 */
function parseTypeScript(
  host: ts.CompilerHost,
  fileName: string,
  knownText: string | undefined,
  languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions,
  onError: ((message: string) => void) | undefined,
): ts.SourceFile | undefined {
  if (!/\.[cm]?tsx?$/.test(fileName) || typeof languageVersionOrOptions !== 'object') return undefined;
  let text = knownText;
  try {
    text ??= host.readFile(fileName);
  } catch (error) {
    onError?.(error instanceof Error ? error.message : String(error));
    text = '';
  }
  if (text === undefined) return undefined;
  const options = mentionsTzimtzumTag(text) ? languageVersionOrOptions : { ...languageVersionOrOptions, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors };
  return ts.createSourceFile(fileName, text, options);
}

/** Whether the syntax tree nests deeper than `limit` (iteratively: the tree may be too deep to recurse). */
export function exceedsNesting(sourceFile: ts.SourceFile, limit: number): boolean {
  // Two stacks and one callback: a walk of every project file allocates nothing per node.
  const nodes: ts.Node[] = [sourceFile];
  const depths: number[] = [0];
  let childDepth = 0;
  const push = (child: ts.Node): void => {
    nodes.push(child);
    depths.push(childDepth);
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    childDepth = depth + 1;
    ts.forEachChild(node, push);
  }
  return false;
}

/** Why a file of the program stands empty, when the parser could not read it. */
export function unparsableReason(sourceFile: ts.SourceFile): string | undefined {
  return unparsable.get(sourceFile);
}
