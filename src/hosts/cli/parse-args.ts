import { isIsoDate } from '../../core/model/iso-date';

import type { LetterFormat } from '../../adapters/letters/render-letters';

export interface CheckOptions {
  books: string[];
  roadmap: string;
  asOf: string | null;
  registry: string | null;
  mapping: string | null;
  out: string;
  letters: LetterFormat[];
  settings: string | null;
  template: string | null;
  previous: string | null;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'samples'; dir: string }
  /** Exit 2: what is wrong, in Russian. */
  | { kind: 'bad'; message: string };

const VALUE_OPTIONS = [
  '--roadmap',
  '--as-of',
  '--registry',
  '--mapping',
  '--out',
  '--letters',
  '--settings',
  '--template',
  '--previous',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** argv after the program name. Only the shapes of arguments are checked here; files are read later. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { kind: 'bad', message: 'не указана команда' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === 'samples') {
    return rest.length === 1 && !rest[0].startsWith('--')
      ? { kind: 'samples', dir: rest[0] }
      : { kind: 'bad', message: 'укажите одну папку: roadmap-control samples ПАПКА' };
  }
  if (command !== 'check') return { kind: 'bad', message: `неизвестная команда «${command}»` };

  const values: Partial<Record<ValueOption, string>> = {};
  const books: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!name.startsWith('--')) {
      books.push(arg);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return { kind: 'bad', message: `неизвестный параметр «${name}»` };
    const value = inline ?? rest[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      return { kind: 'bad', message: `у параметра ${name} нет значения` };
    if (values[name as ValueOption] !== undefined) return { kind: 'bad', message: `параметр ${name} указан дважды` };
    values[name as ValueOption] = value;
  }
  if (books.length === 0) return { kind: 'bad', message: 'не указана ни одна книга .xlsx для проверки' };

  const asOf = values['--as-of'] ?? null;
  if (asOf !== null && !isIsoDate(asOf))
    return { kind: 'bad', message: `дата --as-of «${asOf}» должна быть в формате ГГГГ-ММ-ДД и существовать в календаре` };
  const letters = parseLetters(values['--letters'] ?? 'docx,pdf');
  if (letters === null)
    return { kind: 'bad', message: `--letters: укажите docx, pdf, docx,pdf или none (получено «${values['--letters']}»)` };

  return {
    kind: 'check',
    options: {
      books,
      roadmap: values['--roadmap'] ?? 'municipal-2025',
      asOf,
      registry: values['--registry'] ?? null,
      mapping: values['--mapping'] ?? null,
      out: values['--out'] ?? 'roadmap-control-out',
      letters,
      settings: values['--settings'] ?? null,
      template: values['--template'] ?? null,
      previous: values['--previous'] ?? null,
    },
  };
}

function parseLetters(text: string): LetterFormat[] | null {
  if (text.trim().toLowerCase() === 'none') return [];
  const parts = text.split(',').map((p) => p.trim().toLowerCase());
  if (parts.some((p) => p !== 'docx' && p !== 'pdf')) return null;
  return [...new Set(parts as LetterFormat[])];
}
