import { a1 } from '../model/grid';
import { MEASURES } from '../model/measures';
import { PRESET_IDS } from '../roadmap/presets';
import { RULE_KIND_NAMES } from '../roadmap/rule-kind-names';
import { HEADING_LABELS, HEADING_ROWS, roadmapToRulesSheet } from '../roadmap/rules-sheet';
import { NO, RULES_COLUMNS, RULES_SHEET, RulesColumn, SCOPE_NAMES, YES } from '../roadmap/rules-table-layout';
import { Roadmap } from '../roadmap/schema';
import { PlannedCell, PlannedSheet } from './workbook-plan';

/** A drop-down list on a range: `strict` refuses other values, otherwise the list only suggests. */
export interface ListValidation {
  ref: string;
  list: readonly string[];
  strict: boolean;
  prompt: string;
}

/** The «Правила» sheet as a department edits it: the sheet, its drop-down lists and a note per column. */
export interface RulesSheetPlan extends PlannedSheet {
  validations: ListValidation[];
  /** Notes on header cells (Excel comments), explaining what each column holds. */
  notes: { cell: string; text: string }[];
}

/** A list of measure ids a user may write into «Данные», on a sheet of its own. */
export const MEASURES_SHEET = 'Показатели';

const COLUMN_NOTES: Record<RulesColumn, string> = {
  item: 'Номер пункта дорожной карты: 3.2. Строки одного пункта идут подряд; в следующих строках пункт можно не повторять.',
  itemTitle: 'Название мероприятия, как в плане. Попадает в письма и «Сводку».',
  indicatorId: 'Код показателя, уникальный в плане: 3.2-teachers-active. Для нового показателя придумайте свой код.',
  indicatorTitle: 'Показатель словами, как его прочтёт школа в письме.',
  scope: '«школа» — показатель проверяется у каждой школы; «муниципалитет» — по сумме всех школ.',
  kind: 'Как проверяется показатель: выберите из списка.',
  measures: `Какие данные проверяются: коды с листа «${MEASURES_SHEET}». Для доли — «числитель / знаменатель», для равенства — «левое = правое», для заполненности — коды через запятую.`,
  percentMeasure: 'Код столбца, где доля уже посчитана в процентах (если в выгрузке только доля). Можно оставить пустым.',
  threshold: 'Порог: процент для доли, число для количества. Для «ни одного» — 0.',
  flagshipThreshold: 'Порог для школ с флагманским госпабликом (если он другой).',
  unit: 'Единица для «значение не менее»: Мбит/с, руб.',
  deadline: 'Срок отчёта для «отчёт к сроку»: дата, например 13.02.2026.',
  dueFrom: 'С какой даты показатель должен быть достигнут; раньше — «срок не наступил».',
  schedule:
    'Когда проводится мониторинг: «еженедельно», «1 раз в 2 недели с 02.03.2026», «ежемесячно до 25 числа», «ежеквартально»; можно через «;».',
  footnote: '«да» — при отсутствии сведений школе направляется запрос о предоставлении объяснений (сноска «*» плана).',
  monitored: '«нет» — пункт без измеримого контроля (информирование, обучение): не проверяется.',
};

/** The schedules people write most; the list only suggests, any schedule in words is accepted. */
const SCHEDULE_SUGGESTIONS = [
  'еженедельно',
  'ежемесячно',
  'ежеквартально',
  'конец четверти',
  '1 раз в 2 недели с 02.03.2026',
  '1 раз в 3 недели с 12.01.2026',
];

/** Where the heading labels sit, for tests and hosts that point the user at a cell. */
export const RULES_HEADING_CELLS = Object.fromEntries(Object.keys(HEADING_LABELS).map((key, i) => [key, `B${i + 1}`])) as Record<
  keyof typeof HEADING_LABELS,
  string
>;

const BOLD = (v: string | number | null): PlannedCell => ({ v, bold: true });
const PLAIN = (v: string | number | boolean | null | undefined): PlannedCell => ({ v: v ?? null });

export function rulesSheetPlan(roadmap: Roadmap, baseId: string): RulesSheetPlan {
  const values = roadmapToRulesSheet(roadmap, baseId);
  const headerRow = HEADING_ROWS + 1; // 1-based row of the table's header
  const lastRow = Math.max(values.length + 200, headerRow + 1); // room for the rows a department adds
  const rows: PlannedCell[][] = values.map((row, r) =>
    row.map((v, c) => (r + 1 === headerRow || (r < HEADING_ROWS && c === 0) ? BOLD(v as string | number | null) : PLAIN(v))),
  );
  const col = (key: RulesColumn): number => RULES_COLUMNS.findIndex((c) => c.key === key) + 1;
  const columnRange = (key: RulesColumn): string => `${a1(headerRow + 1, col(key))}:${a1(lastRow, col(key))}`;
  const yesNo = [YES, NO];
  const validations: ListValidation[] = [
    { ref: columnRange('kind'), list: Object.values(RULE_KIND_NAMES), strict: true, prompt: 'Выберите вид правила из списка' },
    { ref: columnRange('scope'), list: Object.values(SCOPE_NAMES), strict: true, prompt: 'школа или муниципалитет' },
    { ref: columnRange('footnote'), list: yesNo, strict: true, prompt: 'да или нет' },
    { ref: columnRange('monitored'), list: yesNo, strict: true, prompt: 'да или нет' },
    { ref: columnRange('schedule'), list: SCHEDULE_SUGGESTIONS, strict: false, prompt: 'Выберите или напишите своими словами' },
    { ref: RULES_HEADING_CELLS.base, list: PRESET_IDS, strict: true, prompt: 'Встроенная дорожная карта, из которой взяты тексты пунктов' },
  ];
  const notes = RULES_COLUMNS.map((c, i) => ({ cell: a1(headerRow, i + 1), text: COLUMN_NOTES[c.key] }));
  notes.push({ cell: 'A1', text: 'Название плана: попадает в письма. Для плана следующего года измените название, год и код.' });
  return {
    name: RULES_SHEET,
    rows,
    columnWidths: RULES_COLUMNS.map((c) =>
      c.key === 'itemTitle' || c.key === 'indicatorTitle' ? 48 : c.key === 'measures' ? 40 : c.key === 'schedule' ? 32 : 14,
    ),
    freezeRows: headerRow,
    merges: [],
    dataBars: [],
    tabColor: null,
    validations,
    notes,
  };
}

/** The measure ids «Данные» may name, with their Russian labels, for the sheet beside the rules. */
export function measuresSheetPlan(): PlannedSheet {
  return {
    name: MEASURES_SHEET,
    rows: [[BOLD('Код'), BOLD('Что это')], ...MEASURES.map((m) => [PLAIN(m.id), PLAIN(m.label)])],
    columnWidths: [34, 70],
    freezeRows: 1,
    merges: [],
    dataBars: [],
    tabColor: null,
  };
}
