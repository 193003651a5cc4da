import type { Workbook } from 'exceljs';
import { seededRandom } from './seeded-random';
import { SampleSchool } from './sample-schools';
import { percentText, styleHeader, title, widths } from './sample-sheet-tools';

/**
 * The regional ФГИС «Моя школа» export as it arrives: a title with the date,
 * a two-row header with merged parents, ИНН, numbers stored as text, shares
 * typed as «85,7%», a blank separator row between town and village schools,
 * «н/д», an impossible value (registered > headcount), one school missing,
 * and an ИТОГО row of SUM formulas.
 */
export function addFgisSheet(wb: Workbook, schools: SampleSchool[], asOfText: string): void {
  const random = seededRandom(7);
  const ws = wb.addWorksheet('ФГИС МШ');
  title(ws, `Мониторинг регистрации и активности пользователей ФГИС «Моя школа» по состоянию на ${asOfText}`, 10);
  ws.getRow(3).values = ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогические работники', null, null, null, 'Обучающиеся', null, null];
  ws.getRow(4).values = [
    null,
    null,
    null,
    'всего (по ОО-1)',
    'зарегистрированы',
    'доля зарегистрированных, %',
    'активные пользователи',
    'всего (по ОО-1)',
    'зарегистрированы',
    'активные пользователи',
  ];
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:G3');
  ws.mergeCells('H3:J3');
  styleHeader(ws, [3, 4], 10);

  let row = 5;
  const first = row;
  const missing = schools.length > 20 ? schools[22] : null; // «ООШ с. Малиновка» did not get into the export
  let separated = false;
  for (const s of schools) {
    if (s === missing) continue;
    if (!separated && /^МКОУ/.test(s.name)) {
      row++; // the blank row the region puts before village schools
      separated = true;
    }
    const registered =
      s.n === 12 ? s.teachers + 4 : s.diligent ? s.teachers : Math.max(0, s.teachers - (random.chance(0.45) ? random.int(1, 4) : 0));
    const active = s.diligent ? registered : Math.round(registered * (random.int(78, 100) / 100));
    const studentsRegistered = s.diligent
      ? s.students
      : s.students - (random.chance(0.5) ? random.int(1, Math.ceil(s.students * 0.12)) : 0);
    const studentsActive = s.diligent ? studentsRegistered : Math.round(studentsRegistered * (random.int(60, 100) / 100));
    ws.getRow(row).values = [
      s.n,
      s.n % 4 === 0 ? s.alias : s.name,
      s.inn,
      s.n % 3 === 0 ? String(s.teachers) : s.teachers, // numbers stored as text
      registered,
      percentText(registered, s.teachers),
      active,
      s.students,
      s.n === 9 ? 'н/д' : studentsRegistered,
      s.n === 9 ? 'н/д' : studentsActive,
    ];
    row++;
  }
  const last = row - 1;
  const sum = (col: string) => ({ formula: `SUM(${col}${first}:${col}${last})` });
  ws.getRow(row).values = ['ИТОГО', null, null, sum('D'), sum('E'), null, sum('G'), sum('H'), sum('I'), sum('J')] as never;
  ws.getRow(row).font = { bold: true };
  widths(ws, [6, 52, 13, 11, 14, 13, 13, 11, 14, 13]);
}
