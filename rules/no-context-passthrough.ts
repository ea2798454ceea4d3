import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'contextPassthrough'>({
  name: 'no-context-passthrough',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['no-context-passthrough'].description, recommended: RULE_CATALOG['no-context-passthrough'].recommended !== 'off', requiresTypeChecking: true },
    messages: { contextPassthrough: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-context-passthrough', 'contextPassthrough'),
});
