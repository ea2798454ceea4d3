import type { Boundary } from '../boundaries/boundary.js';
import type { RuleId } from '../model.js';
import { findingAt, type Finding } from './finding.js';

/** A framework default that forwards everything across a boundary, reported where the edge is written. */
export function forwardedWholeFinding(ruleId: RuleId, boundary: Boundary): Finding {
  return findingAt(ruleId, boundary.site, `${boundary.forwardsEverything?.reason} (${boundary.fromTier} → ${boundary.to.name}, ${boundary.toTier}).`, boundary);
}
