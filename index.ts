import type { TSESLint } from '@typescript-eslint/utils';
import type { RuleId, RuleLevel } from './analyzer/model.js';
import { TOOL_VERSION } from './analyzer/report/build-report.js';
import { RULE_CATALOG } from './analyzer/rule-catalog.js';
import { rules } from './rules/index.js';

type ConfigName = 'recommended' | 'strict';

function levels(column: ConfigName): Record<string, RuleLevel> {
  return Object.fromEntries(Object.keys(rules).map((id) => [`tzimtzum/${id}`, RULE_CATALOG[id as RuleId][column]]));
}

const plugin = {
  meta: { name: 'eslint-plugin-tzimtzum', version: TOOL_VERSION },
  rules,
  configs: {} as Record<ConfigName | 'legacy-recommended', TSESLint.FlatConfig.Config | TSESLint.ClassicConfig.Config>,
};

plugin.configs.recommended = { name: 'tzimtzum/recommended', plugins: { tzimtzum: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: levels('recommended') };
plugin.configs.strict = { name: 'tzimtzum/strict', plugins: { tzimtzum: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: levels('strict') };
plugin.configs['legacy-recommended'] = { plugins: ['tzimtzum'], rules: levels('recommended') };

export default plugin;
export { rules };
