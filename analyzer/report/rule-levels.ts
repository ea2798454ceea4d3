import type { TzimtzumConfig } from '../config/config.js';
import { RULE_IDS, type RuleId, type RuleLevel } from '../model.js';
import { RULE_CATALOG } from '../rule-catalog.js';

/** Each rule's level for the CLI: the config's `rules`, else the `recommended` column. */
export function ruleLevels(config: TzimtzumConfig): Record<RuleId, RuleLevel> {
  const levels = {} as Record<RuleId, RuleLevel>;
  for (const id of RULE_IDS) levels[id] = config.rules?.[id] ?? RULE_CATALOG[id].recommended;
  return levels;
}
