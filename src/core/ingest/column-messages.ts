import { Diagnostic, diagnostic } from '../model/diagnostic';
import { MeasureId, measureDef } from '../model/measures';

/** Russian wording of what ingestion says about columns. */
const label = (id: MeasureId): string => `«${measureDef(id)?.label ?? id}»`;

export function uncertainColumn(sheet: string, cell: string, letter: string, header: string, options: MeasureId[]): Diagnostic {
  const guesses = options.map(label);
  const what = guesses.length > 1 ? `${guesses.slice(0, -1).join(', ')} или ${guesses[guesses.length - 1]}` : guesses[0];
  return diagnostic(
    'ingest.column-uncertain',
    'warning',
    `Столбец ${letter} «${header}» не распознан уверенно: возможно, это ${what}. Укажите соответствие в настройках сопоставления.`,
    { sheet, cell },
  );
}

export function duplicateColumn(sheet: string, first: string, second: string, measure: MeasureId): Diagnostic {
  return diagnostic(
    'ingest.column-duplicate',
    'warning',
    `Столбцы ${first} и ${second} оба похожи на ${label(measure)}; используется столбец ${first}. Если нужен ${second}, укажите это в настройках сопоставления.`,
    { sheet, cell: null },
  );
}

export function unknownMeasureOverride(sheet: string, letter: string, measure: string): Diagnostic {
  return diagnostic(
    'ingest.mapping-unknown-measure',
    'warning',
    `В настройках сопоставления для столбца ${letter} указан неизвестный показатель «${measure}»; настройка не применена.`,
    { sheet, cell: null },
  );
}

export function overrideOutsideTable(sheet: string, letter: string): Diagnostic {
  return diagnostic(
    'ingest.mapping-column-not-found',
    'warning',
    `В настройках сопоставления указан столбец ${letter}, но в таблице листа «${sheet}» такого столбца с заголовком нет.`,
    { sheet, cell: null },
  );
}
