import type { AnalysisContext } from '../analysis-context.js';
import type { RuleId } from '../model.js';
import type { Finding } from './finding.js';
import { checkBoundaryContract } from './require-boundary-contract.js';
import { checkTierSkip } from './no-tier-skip.js';
import { checkUpwardDependency } from './no-upward-dependency.js';

export type Check = (context: AnalysisContext) => Finding[];

/** The analysis behind each rule; the CLI and the ESLint rules both read their findings. */
export const CHECKS: Partial<Record<RuleId, Check>> = {
  'require-boundary-contract': checkBoundaryContract,
  'no-tier-skip': checkTierSkip,
  'no-upward-dependency': checkUpwardDependency,
};
