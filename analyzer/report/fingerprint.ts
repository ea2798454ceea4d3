import { createHash } from 'node:crypto';
import type { Finding } from '../findings/finding.js';

/**
 * A fingerprint that survives unrelated edits: it hashes the rule, the file, the text of the
 * crossing expression (whitespace folded) and its occurrence among identical ones, never lines.
 */
export function fingerprintFindings(findings: readonly Finding[], fileOf: (finding: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const text = finding.sourceFile.text.slice(finding.start, finding.end).replace(/\s+/g, ' ');
    const key = `${finding.ruleId}\0${fileOf(finding)}\0${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 16);
  });
}
