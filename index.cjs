// The package's entry for require(), which ESLint's eslintrc loader and eslint-doc-generator use.
// Node 20.19+ can require() the ES module, but returns its namespace ({ default, rules }): they need
// the plugin itself. It is the same object as the ES module's default export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require('./dist/index.js').default;
