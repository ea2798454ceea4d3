/**
 * The two halves of the checker floor, each in a fresh process:
 *   record <tsconfig> <queries.json>   run the audit and write the questions it asks the checker
 *   replay <tsconfig> <queries.json>   ask them of a fresh program; prints { queries, missing, lookupMs } as JSON
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { recordCheckerQueries, replayCheckerQueries, type CheckerQuery } from './checker-floor.js';

const [mode, tsconfig, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'replay') || !tsconfig || !file) {
  process.stderr.write('usage: floor-child record|replay <tsconfig> <queries.json>\n');
  process.exit(2);
}
if (mode === 'record') {
  writeFileSync(`${file}.tmp`, JSON.stringify(recordCheckerQueries(tsconfig)));
  renameSync(`${file}.tmp`, file);
} else {
  const queries = JSON.parse(readFileSync(file, 'utf8')) as CheckerQuery[];
  process.stdout.write(`${JSON.stringify(replayCheckerQueries(tsconfig, queries))}\n`);
}
