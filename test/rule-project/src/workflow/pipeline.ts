import { search } from '../implementation/search.js';

export function runPipeline(steps: string[]): number {
  return steps.length;
}

export function runSearch(query: string): string[] {
  return search(query);
}

export function runEachSearch(queries: string[]): string[][] {
  return queries.map((query) => search(query));
}
