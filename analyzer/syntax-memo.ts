/**
 * Answers worked out of syntax (a SourceFile, a node, a file's list of functions), kept across
 * programs: an editor's next program reuses every SourceFile an edit leaves alone, and with it what
 * was worked out of it. Held weakly, so gone with the syntax. An answer that also rests on settings
 * (intent names, the tier config) is kept `under` them and worked out again under others.
 */
export class SyntaxMemo<K extends object, V> {
  private readonly known = new WeakMap<K, { under: string; value: V }>();

  get(key: K, compute: () => V, under = ''): V {
    const found = this.known.get(key);
    if (found && found.under === under) return found.value;
    const value = compute();
    this.known.set(key, { under, value });
    return value;
  }
}
