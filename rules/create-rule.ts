import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleId } from '../analyzer/model.js';
import { ruleDocsUrl } from '../analyzer/rule-catalog.js';

export interface TzimtzumRuleDocs {
  recommended?: boolean;
  requiresTypeChecking: true;
}

export const createRule = ESLintUtils.RuleCreator<TzimtzumRuleDocs>((name) => ruleDocsUrl(name as RuleId));
