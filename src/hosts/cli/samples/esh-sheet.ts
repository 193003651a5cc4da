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
    const some = (p: number, min: number, max: number) => (!s.diligent && random.chance(p) ? random.int(min, max) : 0);
    const withoutMark = some(0.3, 1, 12);
    ws.getRow(row++).values = [
      s.n,
      s.alias,
      lessons,
      withoutMark,
      lessons - some(0.5, 1, Math.ceil(lessons * 0.05)),
      some(0.15, 1, 3),
      some(0.35, 1, 9),
      some(0.2, 1, 4),
      some(0.4, 1, 15),
    ];
  }
  widths(ws, [6, 52, 10, 14, 14, 16, 14, 18, 14]);
}
