import { runCheckCommand } from './check-command';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './parse-args';
import { rulesCommand } from './rules-command';
import { todayLocal } from '../today';
import { UnusableInput } from './unusable-input';
import { USAGE } from './usage';

const PROGRAM = 'roadmap-control';

/**
 * The command line. Exit codes (README): 0 the check ran (findings are not
 * failures), 1 unusable input with one Russian line, 2 bad arguments with the
 * usage. Nothing reaches the user as a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    switch (command.kind) {
      case 'help':
        out(USAGE);
        return 0;
      case 'version':
        out(version());
        return 0;
      case 'bad':
        err(`${PROGRAM}: ${command.message}.`);
        err(USAGE);
        return 2;
      case 'samples':
        // Loaded only here: the samples are made with exceljs, which a check never needs (0.4 s of start-up).
        await (await import('./samples/samples-command')).samplesCommand(command.dir, out);
        return 0;
      case 'rules':
        await rulesCommand(command.options, out);
        return 0;
      case 'check':
        await runCheckCommand(command.options, { out, progress: (line) => err(`${PROGRAM}: ${line}`), today: todayLocal() });
        return 0;
    }
  } catch (error) {
    if (error instanceof UnusableInput) {
      err(`${PROGRAM}: ${error.reason}`);
      return 1;
    }
    // A bug or the system (disk full): still one line, never a stack trace.
    err(`${PROGRAM}: проверка не выполнена из-за внутренней ошибки: ${oneLine(error)}`);
    return 1;
  }
}

/** package.json is two folders up from both src/hosts/cli and dist/hosts/cli. */
function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 300);
}
