import type { TierDeclaration, TzimtzumConfig } from '../config/config.js';
import type { AnalysisReport } from '../model.js';

export interface ConfigProposal {
  config: TzimtzumConfig;
  /** Files holding components of several tiers: a glob cannot place them; `@tier` tags can. */
  mixedFiles: Array<{ file: string; tiers: string[] }>;
}

export const SCHEMA_REFERENCE = './node_modules/eslint-plugin-tzimtzum/schema/tzimtzum.schema.json';

/** A starting `tzimtzum.config.json` from the tiers of an analysis: one `include` entry per file whose components share a tier. */
export function proposeConfig(report: AnalysisReport): ConfigProposal {
  const tiersByFile = new Map<string, Set<string>>();
  for (const component of report.components) {
    if (!component.tier || component.kind === 'model-call') continue;
    const set = tiersByFile.get(component.file) ?? new Set<string>();
    set.add(component.tier);
    tiersByFile.set(component.file, set);
  }
  const tiers: TierDeclaration[] = [...report.tiers]
    .sort((a, b) => a.rank - b.rank)
    .map((tier) => {
      const include = [...tiersByFile]
        .filter(([, set]) => set.size === 1 && set.has(tier.name))
        .map(([file]) => file)
        .sort();
      return include.length > 0 ? { name: tier.name, include } : { name: tier.name };
    });
  const mixedFiles = [...tiersByFile]
    .filter(([, set]) => set.size > 1)
    .map(([file, set]) => ({ file, tiers: [...set] }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { config: { tiers }, mixedFiles };
}

/** The config file's text, with `$schema` first so editors validate it. */
export function configFileText(config: TzimtzumConfig): string {
  return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...config }, null, 2)}\n`;
}
