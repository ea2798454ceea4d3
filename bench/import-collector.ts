/** Collects the imports a generated file needs while its body is rendered, so none is unused. */
export class ImportCollector {
  readonly #values = new Map<string, Set<string>>();
  readonly #types = new Map<string, Set<string>>();
  readonly #valueSources = new Map<string, string>();

  /** A name already imported from another module (a component and its tier's index) keeps its first source. */
  value(from: string, name: string): string {
    if (!this.#valueSources.has(name)) {
      this.#valueSources.set(name, from);
      add(this.#values, from, name);
    }
    return name;
  }

  type(from: string, name: string): string {
    add(this.#types, from, name);
    return name;
  }

  render(): string {
    const lines: string[] = [];
    for (const [from, names] of sorted(this.#types)) {
      lines.push(`import type { ${[...names].sort().join(', ')} } from '${from}';`);
    }
    for (const [from, names] of sorted(this.#values)) {
      lines.push(`import { ${[...names].sort().join(', ')} } from '${from}';`);
    }
    return lines.join('\n');
  }
}

function add(map: Map<string, Set<string>>, from: string, name: string): void {
  const names = map.get(from) ?? new Set<string>();
  names.add(name);
  map.set(from, names);
}

function sorted(map: Map<string, Set<string>>): [string, Set<string>][] {
  return [...map].sort(([a], [b]) => a.localeCompare(b));
}
