import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'tierSkip'>({
  name: 'no-tier-skip',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['no-tier-skip'].description, recommended: RULE_CATALOG['no-tier-skip'].recommended !== 'off', requiresTypeChecking: true },
    messages: { tierSkip: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-tier-skip', 'tierSkip'),
});
