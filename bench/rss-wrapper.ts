import { resolve } from 'node:path';

/**
 * Where /usr/bin/time is missing: runs the command line in this process and
 * reports the process's peak resident memory on stderr as `maxRSS KB`.
 * Usage: node dist-bench/bench/rss-wrapper.js check BOOK.xlsx …
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(resolve('dist/hosts/cli/main.js')) as { main(argv: string[]): Promise<number> };

main(process.argv.slice(2)).then((code) => {
  process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  process.exit(code);
});
