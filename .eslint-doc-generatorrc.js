// eslint-doc-generator (`npm run docs`; `--check` in test/docs.test.ts) loads the built plugin through
// package.json's `main` (index.cjs → dist/), so it needs `npm run build` first. It owns only the
// README's rules list (between its markers) and each rule doc's header (above
// `<!-- end auto-generated rule header -->`).
import { RULE_CATALOG } from './dist/analyzer/rule-catalog.js';

const CHECKS = {
  declared: ['Declared', 'The receiver declares what it accepts.'],
  calibrated: ['Calibrated', 'Only what the receiver declares and needs crosses.'],
  preserving: ['Preserving', 'The original intent (the Reshimu) reaches the code that acts.'],
  directed: ['Directed', 'Calls go down the stack, one tier at a time.'],
};

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ignoreConfig: ['legacy-recommended'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'name',
  ruleDocNotices: ['description', 'configs', 'requiresTypeChecking'],
  // Every rule doc has an Options section, even when the rule has none.
  ruleDocSectionOptions: false,
  ruleDocSectionInclude: ['What it flags', 'Incorrect', 'Correct', 'Options', 'When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'configsOff', 'requiresTypeChecking'],
  // One list per check of the four judged at every boundary (DESIGN.md §6).
  ruleListSplit: (rules) =>
    Object.entries(CHECKS)
      .map(([check, [title, description]]) => ({ title, description, rules: rules.filter(([name]) => RULE_CATALOG[name]?.check === check) }))
      .filter((section) => section.rules.length > 0),
  urlConfigs: 'https://github.com/tzimtzum/eslint-plugin-tzimtzum#eslint-flat-config',
};
