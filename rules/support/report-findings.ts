import type { TSESLint } from '@typescript-eslint/utils';
import type { RuleId } from '../../analyzer/model.js';
import { findingsInFile } from './analysis-cache.js';

/**
 * The body of every tzimtzum rule: the analysis runs once per program, and the rule reports
 * the findings of its id that fall in the file being linted, with their suggestion if any.
 */
export function reportFindings<MessageId extends string>(
  context: Readonly<TSESLint.RuleContext<MessageId, []>>,
  ruleId: RuleId,
  messageId: MessageId,
  suggestionMessageId?: MessageId,
): TSESLint.RuleListener {
  return {
    Program() {
      const { sourceCode } = context;
      for (const finding of findingsInFile(context, ruleId)) {
        const suggestion = finding.suggestion;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
          messageId,
          data: { message: finding.message },
          suggest:
            suggestion && suggestionMessageId
              ? [
                  {
                    messageId: suggestionMessageId,
                    data: { message: suggestion.message },
                    fix: (fixer) => fixer.replaceTextRange([suggestion.start, suggestion.end], suggestion.replacement),
                  },
                ]
              : undefined,
        });
      }
    },
  };
}
