import { RULE_CATALOG } from '../analyzer/rule-catalog.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './support/report-findings.js';

export default createRule<[], 'conversationPassthrough'>({
  name: 'no-conversation-passthrough',
  meta: {
    type: 'suggestion',
    docs: { description: RULE_CATALOG['no-conversation-passthrough'].description, recommended: RULE_CATALOG['no-conversation-passthrough'].recommended !== 'off', requiresTypeChecking: true },
    messages: { conversationPassthrough: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, 'no-conversation-passthrough', 'conversationPassthrough'),
});
