#!/usr/bin/env node
// `npm run demo`: audits the bundled example, prints the findings, and writes the HTML and Markdown reports.
import { spawnSync } from 'node:child_process';

const project = 'fixtures/annotated-stack/tsconfig.json';
const audit = (args, stdio = 'inherit') => spawnSync(process.execPath, ['bin/tzimtzum.js', 'audit', '-p', project, ...args], { stdio });

const text = audit([]);
if (text.status === 2) process.exit(2);
for (const [format, file] of [['html', 'reports/example/index.html'], ['markdown', 'reports/example/report.md']]) {
  const written = audit(['-f', format, '-o', file]);
  if (written.status === 2) process.exit(2);
  console.log(`wrote ${file}`);
}
// Findings are the point of the demo: exit 0 unless the audit itself failed.
process.exit(0);
