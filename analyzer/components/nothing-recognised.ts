import type { FrameworkAdapter } from '../frameworks/framework-adapter.js';
import type { DiagnosticInfo } from '../model.js';
import type { Component } from './component.js';

/**
 * Silence must be earned (DESIGN.md §7): when no component is recognised, or only model calls,
 * say which framework packages were looked for, whether any resolved, and how to declare a
 * home-grown system, so that "no findings" is never mistaken for "no problems".
 */
export function nothingRecognised(
  components: readonly Component[],
  modelCalls: number,
  adapters: readonly FrameworkAdapter[],
  loadedPackages: ReadonlySet<string>,
  tsconfigFile: string,
): DiagnosticInfo | undefined {
  // An untiered plain function is here only as the sender of a model call: it is not a recognised component.
  if (components.some((c) => c.kind !== 'model-call' && !(c.kind === 'function' && c.tier === null))) return undefined;
  const packages = adapters.flatMap((adapter) => adapter.packages);
  const resolved = packages.filter((p) => loadedPackages.has(p));
  const what =
    modelCalls > 0
      ? `only model calls were recognised (${modelCalls}), no agent, tool, graph, workflow or annotated component`
      : 'no component was recognised (no agent, tool, graph, workflow, model call or annotated function)';
  const looked =
    resolved.length === 0
      ? `looked for the supported framework packages ${packages.join(', ')}: none of them resolved in this program`
      : `looked for the supported framework packages ${packages.join(', ')}: ${resolved.join(', ')} resolved, but no component of ${resolved.length === 1 ? 'it' : 'them'} is used`;
  return {
    severity: 'info',
    file: tsconfigFile,
    message: `${what}; ${looked}. For a home-grown agent system, mark its components with /** @component */ and their tiers with /** @tier <name> */, or declare the tiers in tzimtzum.config.json ("tiers": [{ "name": …, "include": [globs] }]).`,
  };
}
