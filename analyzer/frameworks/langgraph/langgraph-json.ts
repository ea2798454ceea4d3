import * as fs from 'node:fs';
import * as path from 'node:path';

/** One graph a `langgraph.json` deploys: its id, the file it is exported from and the export's name. */
export interface DeployedGraph {
  id: string;
  file: string;
  exportName: string;
}

/** A `langgraph.json` read as JSON (never run): its graphs, or the reason it could not be read. */
export interface LangGraphJson {
  file: string;
  graphs: DeployedGraph[];
  error?: string;
}

/**
 * The `langgraph.json` files of a project, found by walking up from the directories of its source
 * files; each is read once. `graphs` maps an id to `./path/to/file.ts:exportName` (or `{ path }`).
 */
export class LangGraphConfigs {
  private readonly byDirectory = new Map<string, LangGraphJson | undefined>();

  /** The nearest `langgraph.json` at or above the directory of `fileName`. */
  nearest(fileName: string): LangGraphJson | undefined {
    const visited: string[] = [];
    let found: LangGraphJson | undefined;
    for (let dir = path.dirname(fileName); ; dir = path.dirname(dir)) {
      if (this.byDirectory.has(dir)) {
        found = this.byDirectory.get(dir);
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, 'langgraph.json');
      if (fs.existsSync(candidate)) {
        found = readLangGraphJson(candidate);
        break;
      }
      if (path.dirname(dir) === dir || fs.existsSync(path.join(dir, '.git'))) break;
    }
    for (const dir of visited) this.byDirectory.set(dir, found);
    return found;
  }

  /** Every `langgraph.json` found so far. */
  all(): LangGraphJson[] {
    return [...new Set([...this.byDirectory.values()].filter((c): c is LangGraphJson => c !== undefined))];
  }
}

export function readLangGraphJson(file: string): LangGraphJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { file, graphs: [], error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const graphs = isRecord(parsed) ? parsed.graphs : undefined;
  if (!isRecord(graphs)) return { file, graphs: [], error: "no 'graphs' object" };
  const deployed: DeployedGraph[] = [];
  for (const [id, value] of Object.entries(graphs)) {
    const spec = typeof value === 'string' ? value : isRecord(value) && typeof value.path === 'string' ? value.path : undefined;
    const match = spec ? /^(.*):([A-Za-z_$][\w$]*)$/.exec(spec) : null;
    if (!match) continue;
    deployed.push({ id, file: path.resolve(path.dirname(file), match[1]!), exportName: match[2]! });
  }
  return { file, graphs: deployed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
