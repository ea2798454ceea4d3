import noContextPassthrough from './no-context-passthrough.js';
import noConversationPassthrough from './no-conversation-passthrough.js';
import noSensitiveExposure from './no-sensitive-exposure.js';
import noTierSkip from './no-tier-skip.js';
import noUndeclaredExposure from './no-undeclared-exposure.js';
import noUnusedExposure from './no-unused-exposure.js';
import noUpwardDependency from './no-upward-dependency.js';
import preserveReshimu from './preserve-reshimu.js';
import requireBoundaryContract from './require-boundary-contract.js';

export const rules = {
  'no-context-passthrough': noContextPassthrough,
  'no-conversation-passthrough': noConversationPassthrough,
  'no-undeclared-exposure': noUndeclaredExposure,
  'require-boundary-contract': requireBoundaryContract,
  'preserve-reshimu': preserveReshimu,
  'no-tier-skip': noTierSkip,
  'no-upward-dependency': noUpwardDependency,
  'no-unused-exposure': noUnusedExposure,
  'no-sensitive-exposure': noSensitiveExposure,
};
