import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'upwardDependency'>({
  name: 'no-upward-dependency',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['no-upward-dependency'].description, recommended: RULE_CATALOG['no-upward-dependency'].recommended !== 'off', requiresTypeChecking: true },
    messages: { upwardDependency: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-upward-dependency', 'upwardDependency'),
});
