import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../analyzer/model.js';
import type { Fixture } from './fixtures.js';

const WHY = '// why:';

/**
 * What is wrong with a fixture's expected.json against its `// why:` comments: every expected
 * finding needs a why on the line directly above it, every why a finding on the line below,
 * and the list is sorted by file, then line. An empty list means the fixture is consistent.
 */
export function fixtureReasonProblems(fixture: Fixture): string[] {
  const problems: string[] = [];
  const whys = whyLines(path.join(fixture.dir, 'src'), fixture.dir);
  const ruleIds = new Set<string>(RULE_IDS);
  const explained = new Set<string>();
  let previous = '';
  for (const finding of fixture.expected.findings) {
    const at = `${finding.file}:${finding.line}`;
    if (!ruleIds.has(finding.ruleId)) problems.push(`${at}: unknown rule '${finding.ruleId}'`);
    if (!fs.existsSync(path.join(fixture.dir, finding.file))) problems.push(`${at}: no such file`);
    const sortKey = `${finding.file}\0${String(finding.line).padStart(6, '0')}`;
    if (sortKey < previous) problems.push(`${at}: out of order (sort by file, then line)`);
    previous = sortKey;
    if (!whys.has(at)) problems.push(`${at}: ${finding.ruleId} has no '${WHY}' comment on the line above`);
    explained.add(at);
  }
  for (const at of whys) if (!explained.has(at)) problems.push(`${at}: a '${WHY}' comment above a line with no expected finding`);
  return problems;
}

/** `file:line` of each line that has a `// why:` comment directly above it. */
function whyLines(dir: string, root: string): Set<string> {
  const lines = new Set<string>();
  if (!fs.existsSync(dir)) return lines;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.[cm]?[jt]sx?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, file).split(path.sep).join('/');
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.includes(WHY)) lines.add(`${relative}:${i + 2}`);
      });
  }
  return lines;
}
