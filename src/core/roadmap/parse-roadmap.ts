import { Diagnostic, diagnostic } from '../model/diagnostic';
import { russianErrorMap } from './russian-zod-messages';
import { Roadmap, roadmapSchema } from './schema';

export type RoadmapParse = { ok: true; roadmap: Roadmap } | { ok: false; diagnostics: Diagnostic[] };

/** ['items', 3, 'indicators', 0, 'rule', 'target'] → "items[3].indicators[0].rule.target". */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** «(пункт 2.4, показатель 2.4-homework)»: which item the path is in, read from the input itself. */
function where(input: unknown, path: readonly (string | number)[]): string {
  const at = (value: unknown, key: string | number): unknown =>
    value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  if (path[0] !== 'items' || typeof path[1] !== 'number') return '';
  const item = at(at(input, 'items'), path[1]);
  const parts: string[] = [];
  const number = at(item, 'number');
  if (typeof number === 'string' && path[2] !== 'number') parts.push(`пункт ${number}`);
  if (path[2] === 'indicators' && typeof path[3] === 'number' && path[4] !== 'id') {
    const id = at(at(at(item, 'indicators'), path[3]), 'id');
    if (typeof id === 'string') parts.push(`показатель ${id}`);
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Parses rules at the edge: one Russian diagnostic per problem, and no roadmap unless all is valid. */
export function parseRoadmap(input: unknown): RoadmapParse {
  const result = roadmapSchema.safeParse(input, { errorMap: russianErrorMap });
  if (result.success) return { ok: true, roadmap: result.data };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => {
      const path = issue.path.length ? `${formatPath(issue.path)}${where(input, issue.path)}` : 'Дорожная карта';
      return diagnostic('rules.invalid', 'error', `${path}: ${issue.message}`);
    }),
  };
}

/** Line and column (1-based) of a character offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where JSON.parse stopped: V8 says «at position 123» (newer ones add «(line 3 column 5)»). */
function errorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  return position ? Number(position[1]) : text.length;
}

/** The text of a rules .json file (a BOM from Windows Notepad is fine). */
export function parseRoadmapJsonText(text: string): RoadmapParse {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    return { ok: false, diagnostics: [diagnostic('rules.invalid-json', 'error', 'Файл правил пуст')] };
  }
  let input: unknown;
  try {
    input = JSON.parse(clean);
  } catch (error) {
    const { line, column } = lineAndColumn(clean, errorOffset(error, clean));
    const lineText = clean.split('\n')[line - 1]?.trim() ?? '';
    const shown = lineText.length > 60 ? `${lineText.slice(0, 60)}…` : lineText;
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'rules.invalid-json',
          'error',
          `Файл правил не является корректным JSON: ошибка в строке ${line}, столбце ${column}` +
            (shown ? ` («${shown}»). Проверьте запятые, кавычки и скобки.` : '. Проверьте запятые, кавычки и скобки.'),
        ),
      ],
    };
  }
  return parseRoadmap(input);
}
