import noTierSkip from './no-tier-skip.js';
import noUpwardDependency from './no-upward-dependency.js';
import requireBoundaryContract from './require-boundary-contract.js';

export const rules = {
  'no-tier-skip': noTierSkip,
  'no-upward-dependency': noUpwardDependency,
  'require-boundary-contract': requireBoundaryContract,
};
