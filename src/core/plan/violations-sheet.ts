import { Finding, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { School } from '../model/registry';
import { BookScope } from './book-scope';
import { header, sourceLink, text } from './cells';
import { findingTargetCell, findingValueCell } from './display-value';
import { shortfallWords } from './shortfall-words';
import { STATUS_RU, STATUS_TONE } from './status-words';
import { OWN_SHEETS, PlannedCell, PlannedSheet } from './workbook-plan';

const HEADERS = [
  '№',
  'Образовательная организация',
  'ИНН',
  'Пункт',
  'Показатель',
  'Статус',
  'Значение',
  'Цель',
  'Недостача',
  'Ячейка',
  'Подробности',
];
const WIDTHS = [6, 40, 13, 7, 44, 16, 11, 11, 34, 18, 50];

/**
 * «Нарушения»: one row per finding that puts the school into an explanation
 * request, in school order then roadmap item order — the list a specialist
 * works through before the letters go out.
 */
export function violationsSheet(findings: Finding[], schools: School[], scope: BookScope): PlannedSheet {
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const order = new Map(schools.map((s, i) => [s.id, i]));
  const needing = findings
    .filter((f) => STATUSES_NEEDING_EXPLANATION.includes(f.status))
    .sort((a, b) => (order.get(a.schoolId) ?? 1e9) - (order.get(b.schoolId) ?? 1e9) || compareItems(a.item, b.item));

  const rows: PlannedCell[][] = [HEADERS.map(header)];
  needing.forEach((f, i) => {
    const school = schoolById.get(f.schoolId);
    rows.push([
      { v: i + 1, numFmt: '0' },
      text(school?.name ?? f.schoolId),
      text(school?.inn ?? null),
      text(f.item),
      text(f.indicator, { wrap: true }),
      text(STATUS_RU[f.status], { tone: STATUS_TONE[f.status] }),
      findingValueCell(f),
      findingTargetCell(f),
      text(shortfallWords(f), { wrap: true }),
      sourceLink(f.sheet, f.cell, scope.has(f.sheet, f.cell)),
      text(f.detail, { wrap: true }),
    ]);
  });
  if (needing.length === 0) rows.push([{ v: null }, text('Нарушений нет: все показатели выполнены или срок не наступил')]);

  return { name: OWN_SHEETS.violations, rows, columnWidths: WIDTHS, freezeRows: 1, merges: [], dataBars: [], tabColor: 'C00000' };
}

/** "2.10" after "2.9": item numbers compare part by part. */
export function compareItems(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
