import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'missingContract'>({
  name: 'require-boundary-contract',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['require-boundary-contract'].description, recommended: RULE_CATALOG['require-boundary-contract'].recommended !== 'off', requiresTypeChecking: true },
    messages: { missingContract: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'require-boundary-contract', 'missingContract'),
});
