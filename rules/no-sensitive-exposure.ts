import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'sensitiveExposure'>({
  name: 'no-sensitive-exposure',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['no-sensitive-exposure'].description, recommended: RULE_CATALOG['no-sensitive-exposure'].recommended !== 'off', requiresTypeChecking: true },
    messages: { sensitiveExposure: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-sensitive-exposure', 'sensitiveExposure'),
});
