// The package's entry for require(), which ESLint's eslintrc loader uses. Node 20.19+ can require()
// the ES module, but returns its namespace ({ default, rules }): eslintrc needs the plugin itself.
module.exports = require('./dist/index.js').default;
