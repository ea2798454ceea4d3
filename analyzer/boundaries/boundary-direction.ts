import type { TierModel } from '../tiers/tier-model.js';
import type { Boundary } from './boundary.js';

/** A boundary into a lower tier, or into a model (which sits below every tier). */
export function isDownward(tiers: TierModel, boundary: Boundary): boolean {
  if (boundary.kind === 'model') return true;
  return boundary.toTier !== null && boundary.fromTier !== null && tiers.rank(boundary.toTier) > tiers.rank(boundary.fromTier);
}
