import ts from 'typescript';

const unparsable = new WeakMap<ts.SourceFile, string>();

/**
 * A compiler host whose parser survives files it cannot parse: the TypeScript parser is
 * recursive and overflows the stack on a few thousand nested parentheses or arrow functions.
 * Such a file is replaced by an empty one, so the rest of the program is still analysed, and
 * the reason is kept for its diagnostic.
 */
export function createGuardedHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    try {
      return getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const empty = ts.createSourceFile(fileName, '', languageVersionOrOptions);
      unparsable.set(empty, `the TypeScript parser gave up (${error.message}); the file is not analysed`);
      return empty;
    }
  };
  return host;
}

/** Why a file of the program stands empty, when the parser could not read it. */
export function unparsableReason(sourceFile: ts.SourceFile): string | undefined {
  return unparsable.get(sourceFile);
}
