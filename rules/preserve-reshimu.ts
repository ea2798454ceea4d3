import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'reshimuLost'>({
  name: 'preserve-reshimu',
  meta: {
    type: 'problem',
    docs: { description: RULE_CATALOG['preserve-reshimu'].description, recommended: RULE_CATALOG['preserve-reshimu'].recommended !== 'off', requiresTypeChecking: true },
    messages: { reshimuLost: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'preserve-reshimu', 'reshimuLost'),
});
