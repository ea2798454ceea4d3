export function search(query: string): string[] {
  return [query];
}

export function refreshIndex(): void {}
