import type { RuleId, RuleLevel } from '../model.js';

export interface TierDeclaration {
  name: string;
  include?: string[];
  /** Components placed in this tier by the name the JSON report gives them; a name wins over a glob, a `@tier` tag over both. */
  components?: string[];
}

/** The contents of `tzimtzum.config.json` (or ESLint `settings.tzimtzum`). Every key is optional. */
export interface TzimtzumConfig {
  tiers?: TierDeclaration[];
  contracts?: string[];
  contexts?: string[];
  reshimu?: string[];
  sensitive?: string[];
  rules?: Partial<Record<RuleId, RuleLevel>>;
  ignore?: string[];
}

/** A config together with where it came from: globs are relative to `baseDir`. */
export interface ResolvedConfig {
  config: TzimtzumConfig;
  /** Absolute path of the config file, or undefined for defaults or ESLint settings. */
  file?: string;
  baseDir: string;
}

export const DEFAULT_TIER_STACK = ['root', 'orchestrator', 'council', 'design', 'workflow', 'implementation'];
