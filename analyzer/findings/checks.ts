import type { AnalysisContext } from '../analysis-context.js';
import type { RuleId } from '../model.js';
import type { Finding } from './finding.js';
import type { CheckScope } from './check-scope.js';
import { checkContextPassthrough } from './no-context-passthrough.js';
import { checkConversationPassthrough } from './no-conversation-passthrough.js';
import { checkUndeclaredExposure } from './no-undeclared-exposure.js';
import { checkReshimu } from './preserve-reshimu.js';
import { checkUnusedExposure } from './no-unused-exposure.js';
import { checkSensitiveExposure } from './no-sensitive-exposure.js';
import { checkBoundaryContract } from './require-boundary-contract.js';
import { checkTierSkip } from './no-tier-skip.js';
import { checkUpwardDependency } from './no-upward-dependency.js';

export type Check = (context: AnalysisContext, scope: CheckScope) => Finding[];

/** The analysis behind each rule; the CLI and the ESLint rules both read their findings. */
export const CHECKS: Record<RuleId, Check> = {
  'no-context-passthrough': checkContextPassthrough,
  'no-conversation-passthrough': checkConversationPassthrough,
  'no-undeclared-exposure': checkUndeclaredExposure,
  'preserve-reshimu': checkReshimu,
  'no-unused-exposure': checkUnusedExposure,
  'no-sensitive-exposure': checkSensitiveExposure,
  'require-boundary-contract': checkBoundaryContract,
  'no-tier-skip': checkTierSkip,
  'no-upward-dependency': checkUpwardDependency,
};
