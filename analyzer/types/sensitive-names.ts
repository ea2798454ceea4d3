/** Words of a property name: split at case changes, digits, `_` and `-`; lower case; plural `s` dropped. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase())
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

// `apikey` and `privatekey` are the pairs written as one word (`APIKEY`, `x-apikey`).
const SENSITIVE_WORDS = new Set(['secret', 'password', 'passwd', 'credential', 'ssn', 'apikey', 'privatekey']);
const SENSITIVE_PAIRS = [
  ['api', 'key'],
  ['private', 'key'],
];
/** Words around `token` that make it a count of text, not a credential (DESIGN.md §6). */
const TEXT_COUNT_BEFORE = new Set(['max', 'min', 'num', 'total', 'prompt', 'completion', 'input', 'output', 'reasoning', 'cached', 'used']);
const TEXT_COUNT_AFTER = new Set(['count', 'limit', 'budget', 'usage']);

/** The default sensitive names of DESIGN.md §6: `maxTokens` is not sensitive, `ADMIN_TOKEN` and `githubToken` are. */
export function isDefaultSensitiveName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((w) => SENSITIVE_WORDS.has(w))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (SENSITIVE_PAIRS.some(([a, b]) => words[i] === a && words[i + 1] === b)) return true;
  }
  return words.some((w, i) => w === 'token' && !TEXT_COUNT_BEFORE.has(words[i - 1] ?? '') && !TEXT_COUNT_AFTER.has(words[i + 1] ?? ''));
}
