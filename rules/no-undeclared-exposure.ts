import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'undeclaredExposure'>({
  name: 'no-undeclared-exposure',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['no-undeclared-exposure'].description, recommended: RULE_CATALOG['no-undeclared-exposure'].recommended !== 'off', requiresTypeChecking: true },
    messages: { undeclaredExposure: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-undeclared-exposure', 'undeclaredExposure'),
});
