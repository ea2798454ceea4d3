/**
 * How `tiers[].components` entries name components: by the name the JSON report gives them
 * (`Triage Agent`), or qualified by their file where a name is not unique (`programmer/graph`):
 * the qualifier is the end of the file's path, without its extension, or of its folder.
 */
export function nameMatches(entry: string, name: string, file: string): boolean {
  if (entry === name) return true;
  if (!entry.endsWith(`/${name}`)) return false;
  const qualifier = entry.slice(0, -(name.length + 1)).split('/').filter(Boolean);
  if (qualifier.length === 0) return false;
  const withoutExtension = file.replace(/\.[cm]?[jt]sx?$/, '').split('/');
  return endsWith(withoutExtension, qualifier) || endsWith(withoutExtension.slice(0, -1), qualifier);
}

/** The name `init` writes for a component: its own when no other component has it, else qualified by its file. */
export function qualifiedName(name: string, file: string, unique: boolean): string {
  return unique ? name : `${file.replace(/\.[cm]?[jt]sx?$/, '')}/${name}`;
}

function endsWith(path: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > path.length) return false;
  return suffix.every((segment, i) => path[path.length - suffix.length + i] === segment);
}
