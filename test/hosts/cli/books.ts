import { Workbook } from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SchoolRow {
  name: string;
  inn: string | null;
  teachers: number | string | null;
  registered: number | string | null;
}

/**
 * A one-sheet ФГИС «Моя школа» export of teachers (item 3.2), written to
 * dir/file: a title (with a date when given), a header, the rows.
 */
export async function writeFgisBook(
  dir: string,
  file: string,
  rows: SchoolRow[],
  options: { title?: string; sheet?: string } = {},
): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(options.sheet ?? 'ФГИС МШ');
  ws.addRow([options.title ?? 'Регистрация педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025']);
  ws.addRow([]);
  ws.addRow([
    '№ п/п',
    'Наименование ОО',
    'ИНН',
    'Педагогических работников всего (по ОО-1)',
    'Педагогов зарегистрировано во ФГИС «Моя школа»',
  ]);
  rows.forEach((r, i) => ws.addRow([i + 1, r.name, r.inn, r.teachers, r.registered]));
  const path = join(dir, file);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

export const THREE_SCHOOLS: SchoolRow[] = [
  { name: 'МБОУ «СОШ № 1»', inn: '3625010008', teachers: 40, registered: 40 },
  { name: 'МБОУ «СОШ № 12»', inn: '3625010776', teachers: 21, registered: 18 },
  { name: 'МКОУ «ООШ с. Ивановка»', inn: '3625011057', teachers: 12, registered: 'н/д' },
];
