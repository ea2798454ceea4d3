// The analyzer's one way to load TypeScript: with require(). An ES module `import ts from 'typescript'`
// makes Node first scan the 9 MB CommonJS file for its export names and for module syntax (about half
// a second and 20 MB that `tsc` itself never pays); this file is CommonJS, so its require does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this file
import ts = require('typescript');
export = ts;
