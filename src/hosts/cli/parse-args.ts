import { parseArgs as parseNodeArgs } from 'node:util';
import type { LetterFormat } from '../../adapters/letters/render-letters';
import { isIsoDate } from '../../core/model/iso-date';
import { PRESET_IDS } from '../../core/roadmap/presets';
import type { RulesOptions } from './rules-command';

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
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'samples'; dir: string }
  | { kind: 'rules'; options: RulesOptions }
  /** Exit 2: what is wrong, in Russian. */
  | { kind: 'bad'; message: string };

const VALUE_OPTIONS = ['roadmap', 'as-of', 'registry', 'mapping', 'out', 'letters', 'settings', 'template', 'previous'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Every option takes a value; `multiple` only so that one given twice is caught and named. */
const OPTIONS = Object.fromEntries(VALUE_OPTIONS.map((name) => [name, { type: 'string', multiple: true }])) as Record<
  ValueOption,
  { type: 'string'; multiple: true }
>;

/** argv after the program name. Only the shapes of arguments are checked here; files are read later. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { kind: 'bad', message: 'не указана команда' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === 'samples') {
    return rest.length === 1 && !rest[0].startsWith('-')
      ? { kind: 'samples', dir: rest[0] }
      : { kind: 'bad', message: 'укажите одну папку: roadmap-control samples ПАПКА' };
  }
  if (command !== 'check' && command !== 'rules') return { kind: 'bad', message: `неизвестная команда «${command}»` };

  const parsed = parseCheckArgs(rest);
  if ('message' in parsed) return { kind: 'bad', message: parsed.message };
  const { values, books } = parsed;
  const roadmap = values.roadmap ?? 'municipal-2025';
  if (!(PRESET_IDS as readonly string[]).includes(roadmap) && !/\.(json|xlsx|xlsm)$/i.test(roadmap))
    return {
      kind: 'bad',
      message: `дорожная карта «${roadmap}» не найдена: укажите ${PRESET_IDS.join(' или ')}, файл .json или книгу .xlsx с листом «Правила»`,
    };
  if (command === 'rules') return rulesCommandArgs(values, books, roadmap);
  if (books.length === 0) return { kind: 'bad', message: 'не указана ни одна книга .xlsx для проверки' };

  const asOf = values['as-of'] ?? null;
  if (asOf !== null && !isIsoDate(asOf))
    return { kind: 'bad', message: `дата --as-of «${asOf}» должна быть в формате ГГГГ-ММ-ДД и существовать в календаре` };
  const letters = parseLetters(values.letters ?? 'docx,pdf');
  if (letters === null) return { kind: 'bad', message: `--letters: укажите docx, pdf, docx,pdf или none (получено «${values.letters}»)` };

  return {
    kind: 'check',
    options: {
      books,
      roadmap,
      asOf,
      registry: values.registry ?? null,
      mapping: values.mapping ?? null,
      out: values.out ?? 'roadmap-control-out',
      letters,
      settings: values.settings ?? null,
      template: values.template ?? null,
      previous: values.previous ?? null,
    },
  };
}

/** `rules [--roadmap ID|FILE] --out FILE.xlsx`: only those two options mean something here. */
function rulesCommandArgs(values: Partial<Record<ValueOption, string>>, positionals: string[], roadmap: string): Command {
  const other = VALUE_OPTIONS.find((name) => name !== 'roadmap' && name !== 'out' && values[name] !== undefined);
  if (other) return { kind: 'bad', message: `параметр --${other} не относится к команде rules` };
  if (positionals.length > 0) return { kind: 'bad', message: `лишний аргумент «${positionals[0]}»: книга для правил указывается в --out` };
  const out = values.out;
  if (!out || !/\.xlsx$/i.test(out)) return { kind: 'bad', message: 'укажите, куда записать правила: --out ПРАВИЛА.xlsx' };
  return { kind: 'rules', options: { roadmap, out } };
}

/** node:util parseArgs, its English errors put into the Russian the user reads. */
function parseCheckArgs(args: string[]): { values: Partial<Record<ValueOption, string>>; books: string[] } | { message: string } {
  let parsed: ReturnType<typeof parseNodeArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseNodeArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { message: russianParseError(error, args) };
  }
  const values: Partial<Record<ValueOption, string>> = {};
  for (const name of VALUE_OPTIONS) {
    const given = parsed.values[name];
    if (!given) continue;
    if (given.length > 1) return { message: `параметр --${name} указан дважды` };
    if (given[0] === '') return { message: `у параметра --${name} нет значения` };
    values[name] = given[0];
  }
  return { values, books: parsed.positionals };
}

function russianParseError(error: unknown, args: string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  // The option is the first one quoted in Node's message: "Unknown option '--asof'", "Option '--out <value>' argument missing".
  const option = /'(-{1,2}[^' <]+)/.exec(message ?? '')?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `неизвестный параметр «${option}»`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `у параметра ${option} нет значения`;
    default:
      return `параметры не разобраны: ${message ?? String(error)}`;
  }
}

function parseLetters(text: string): LetterFormat[] | null {
  if (text.trim().toLowerCase() === 'none') return [];
  const parts = text.split(',').map((p) => p.trim().toLowerCase());
  if (parts.some((p) => p !== 'docx' && p !== 'pdf')) return null;
  return [...new Set(parts as LetterFormat[])];
}
