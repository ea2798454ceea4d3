/**
 * Loaded with `node --import` into every measured child: on exit it records the child's own
 * peak resident set size, so tsc and tzimtzum are measured the same way without a wrapper
 * process whose memory would count too.
 */
import { writeFileSync } from 'node:fs';
import { RSS_FILE_ENV } from './rss-file-env.js';

const target = process.env[RSS_FILE_ENV];
// Processes the child spawns must not overwrite the child's record.
delete process.env[RSS_FILE_ENV];

if (target) {
  process.on('exit', () => {
    // maxRSS is in kilobytes.
    writeFileSync(target, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
  });
}
