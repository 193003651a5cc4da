import type { Workbook } from 'exceljs';
import { seededRandom } from './seeded-random';
import { SampleSchool } from './sample-schools';
import { styleHeader, title, widths } from './sample-sheet-tools';

/**
 * The ИКОП «Сферум» export: the same words as the ФГИС sheet («зарегистрированы»,
 * «активные») that mean «Сферум» here only because of the title, plus chats.
 */
export function addSferumSheet(wb: Workbook, schools: SampleSchool[], asOfText: string): void {
  const random = seededRandom(11);
  const ws = wb.addWorksheet('Сферум');
  title(ws, `Мониторинг использования ИКОП «Сферум» на ${asOfText}`, 10);
  ws.getRow(2).values = ['Источник: выгрузка ИКОП «Сферум», региональный координатор'];
  ws.getRow(3).values = ['№', 'Образовательная организация', 'ИНН', 'Педагоги', null, null, 'Обучающиеся', null, 'Чаты классов', null];
  ws.getRow(4).values = [
    null,
    null,
    null,
    'всего',
    'зарегистрированы',
    'активные (не менее 10 сообщений в неделю)',
    'всего',
    'зарегистрированы',
    'всего чатов',
    'из них в «Сферуме»',
  ];
  for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3', 'I3:J3']) ws.mergeCells(range);
  styleHeader(ws, [3, 4], 10);
  let row = 5;
  for (const s of schools) {
    const shortBy = (max: number) => (s.diligent ? 0 : random.chance(0.4) ? random.int(1, max) : 0);
    const registered = s.teachers - shortBy(3);
    const active = s.diligent ? registered : Math.round(registered * (random.int(70, 100) / 100));
    const chats = Math.max(1, Math.round(s.students / 25));
    ws.getRow(row++).values = [
      s.n,
      s.name,
      Number(s.inn), // the export gives ИНН as a number
      s.teachers,
      registered,
      active,
      s.students,
      s.students - shortBy(Math.ceil(s.students * 0.1)),
      chats,
      chats - shortBy(Math.min(3, chats)),
    ];
  }
  widths(ws, [5, 52, 13, 9, 14, 16, 9, 14, 10, 12]);
}
