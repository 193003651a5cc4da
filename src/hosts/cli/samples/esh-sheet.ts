import type { Workbook } from 'exceljs';
import { seededRandom } from './seeded-random';
import { SampleSchool } from './sample-schools';
import { styleHeader, title, widths } from './sample-sheet-tools';

/**
 * The РИС «Электронная школа» journal and cards check: no ИНН, schools
 * named as the region's operator types them, counts that must be zero.
 */
export function addEshSheet(wb: Workbook, schools: SampleSchool[], asOfText: string): void {
  const random = seededRandom(13);
  const ws = wb.addWorksheet('РИС ЭШ');
  title(ws, `Контроль ведения РИС «Электронная школа» (журналы, карточки, заявления) по состоянию на ${asOfText}`, 9);
  ws.getRow(3).values = [
    '№ п/п',
    'Наименование ОО',
    'Уроков всего',
    'Уроков без отметки «Урок проведен»',
    'Уроков с домашним заданием',
    'Заявлений о зачислении с нарушением сроков',
    'Карточек обучающихся без СНИЛС',
    'Карточек обучающихся без документа, удостоверяющего личность',
    'Карточек родителей без СНИЛС',
  ];
  styleHeader(ws, [3], 9);
  let row = 4;
  for (const s of schools) {
    const lessons = s.teachers * random.int(18, 24);
    const withoutMark = random.chance(0.3) ? random.int(1, 12) : 0;
    ws.getRow(row++).values = [
      s.n,
      s.alias,
      lessons,
      withoutMark,
      lessons - (random.chance(0.5) ? random.int(1, Math.ceil(lessons * 0.05)) : 0),
      random.chance(0.15) ? random.int(1, 3) : 0,
      random.chance(0.35) ? random.int(1, 9) : 0,
      random.chance(0.2) ? random.int(1, 4) : 0,
      random.chance(0.4) ? random.int(1, 15) : 0,
    ];
  }
  widths(ws, [6, 52, 10, 14, 14, 16, 14, 18, 14]);
}
