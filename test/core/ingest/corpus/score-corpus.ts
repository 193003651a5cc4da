import { ingestWorkbook } from '../../../../src/core/ingest/ingest-workbook';
import { CellValue } from '../../../../src/core/model/grid';
import { ColumnMapping } from '../../../../src/core/model/monitoring';
import { book, options, sheet } from '../grid-builder';

/**
 * Reads and scores the header corpus (header-corpus.tsv): each header is put
 * into a one-column table of its own with its title, parent header and sheet
 * name, and read by the whole ingestion. Shared by the test and `npm run bench`.
 */
export interface CorpusRow {
  line: number;
  sheet: string;
  title: string;
  parent: string;
  header: string;
  value: string;
  expected: string;
}

export function readCorpus(text: string): CorpusRow[] {
  return text
    .split('\n')
    .slice(1)
    .map((raw, i) => ({ raw, line: i + 2 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => {
      const [sheetName, title, parent, header, value, expected] = raw.split('\t');
      return { line, sheet: sheetName, title, parent, header, value, expected: expected.trim() };
    });
}

/** A value as a cell holds it: plain digits are numbers, the rest text as typed. */
function cell(value: string): CellValue {
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

export function mapCorpusRow(row: CorpusRow): ColumnMapping | undefined {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  if (row.title) rows.push([row.title]);
  const top = rows.length + 1;
  if (row.parent) {
    rows.push(['№ п/п', 'Наименование ОО', row.parent], [null, null, row.header]);
    merges.push(`A${top}:A${top + 1}`, `B${top}:B${top + 1}`);
  } else rows.push(['№ п/п', 'Наименование ОО', row.header]);
  rows.push([1, 'МБОУ СОШ № 1', cell(row.value)], [2, 'МБОУ «СОШ № 2»', cell(row.value)]);
  const result = ingestWorkbook(book('corpus.xlsx', sheet(row.sheet, rows, { merges })), options());
  return result.tables[0]?.mapping.find((m) => m.column === 'C');
}

export interface CorpusScore {
  total: number;
  correct: number;
  wrongSure: string[];
  measureForNonMeasure: string[];
  missed: string[];
}

export function scoreCorpus(corpus: CorpusRow[]): CorpusScore {
  const score: CorpusScore = { total: 0, correct: 0, wrongSure: [], measureForNonMeasure: [], missed: [] };
  for (const row of corpus) {
    score.total++;
    const m = mapCorpusRow(row);
    const got = m?.measure ?? null;
    const expected = row.expected === '-' ? null : row.expected;
    const where = `строка ${row.line}: «${row.parent ? `${row.parent} › ` : ''}${row.header}» → ${got ?? 'нет'} (${m?.confidence ?? 'нет столбца'}), ожидалось ${expected ?? 'не показатель'}`;
    if (got === expected) score.correct++;
    else if (expected === null) score.measureForNonMeasure.push(where);
    else if (m?.confidence === 'sure') score.wrongSure.push(where);
    else score.missed.push(where);
  }
  return score;
}

/** «Корпус заголовков: верно 393 из 393 (100.0 %)». */
export function corpusLine(score: CorpusScore): string {
  return `Корпус заголовков: верно ${score.correct} из ${score.total} (${((100 * score.correct) / score.total).toFixed(1)} %)`;
}
