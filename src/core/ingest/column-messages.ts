import { Diagnostic, diagnostic } from '../model/diagnostic';
import { MeasureId, measureDef } from '../model/measures';

/** Russian wording of what ingestion says about columns. */
const label = (id: MeasureId): string => `«${measureDef(id)?.label ?? id}»`;

const either = (options: MeasureId[]): string => {
  const guesses = options.map(label);
  return guesses.length > 1 ? `${guesses.slice(0, -1).join(', ')} или ${guesses[guesses.length - 1]}` : guesses[0];
};

/** A narrow winner: the column is used as `measure`, and the user is asked to confirm. */
export function uncertainColumn(
  sheet: string,
  cell: string,
  letter: string,
  header: string,
  measure: MeasureId,
  others: MeasureId[],
): Diagnostic {
  const rest = others.length > 0 ? ` (возможно, это ${either(others)})` : '';
  return diagnostic(
    'ingest.column-uncertain',
    'warning',
    `Столбец ${letter} «${header}» распознан неуверенно: проверен как ${label(measure)}${rest}. Если это не так, укажите соответствие в настройках сопоставления.`,
    { sheet, cell },
  );
}

/** A column with data that no measure fits: nothing in it was checked. */
export function unknownColumn(sheet: string, cell: string, letter: string, header: string, guesses: MeasureId[]): Diagnostic {
  const hint = guesses.length > 0 ? ` Возможно, это ${either(guesses)}.` : '';
  return diagnostic(
    'ingest.column-unknown',
    'warning',
    `Столбец ${letter} «${header}» на листе «${sheet}» не распознан, его данные не проверялись.${hint} Укажите, что в нём, в настройках сопоставления.`,
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
