import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'unusedExposure' | 'passOnlyRead'>({
  name: 'no-unused-exposure',
  meta: {
    type: 'suggestion',
    hasSuggestions: true,
    docs: { description: RULE_CATALOG['no-unused-exposure'].description, recommended: false, requiresTypeChecking: true },
    messages: { unusedExposure: '{{message}}', passOnlyRead: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-unused-exposure', 'unusedExposure', 'passOnlyRead'),
});
