/**
 * Loaded with `node --import` into every measured child: on exit it records the child's own
 * peak resident set size, so tsc and tzimtzum are measured the same way without a wrapper
 * process whose memory would count too.
 */
import { writeFileSync } from 'node:fs';

export const RSS_FILE_ENV = 'TZIMTZUM_BENCH_RSS_FILE';

const target = process.env[RSS_FILE_ENV];
// Processes the child spawns must not overwrite the child's record.
delete process.env[RSS_FILE_ENV];

if (target) {
  process.on('exit', () => {
    // maxRSS is in kilobytes.
    writeFileSync(target, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
  });
}
