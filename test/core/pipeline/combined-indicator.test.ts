import { draftCheckLetters } from '../../../src/core/pipeline/check-letters';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { buildReport } from '../../../src/core/report/build-report';
import { getPreset } from '../../../src/core/roadmap/presets';
import { sampleLetterSettings } from '../letters/letter-fixtures';
import { REGISTRY_SHEET, book, grid } from './grids';

/**
 * 5.3 asks for four things on an official page: the name, the contacts, the
 * cover and the logo. A department's sheet that has only two of the columns
 * checks those two: a school that meets them gets no letter, and the
 * finding says which parts were checked and which were not.
 */
const roadmap = getPreset('municipal-2025')!;
const pages = grid('Госпаблики', [
  ['Мониторинг официальных страниц ОО в ВКонтакте на 03.03.2025'],
  ['Наименование ОО', 'ИНН', 'Контактная информация', 'Логотип (аватар)'],
  ['МБОУ «СОШ № 1»', '3625010008', 'да', '+'],
  ['МБОУ «СОШ № 12»', '3625010776', 'да', 'нет'],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', null, 'да'],
]);
const result = runCheck({
  books: [book('pages.xlsx', pages, REGISTRY_SHEET)],
  roadmap,
  registry: null,
  mapping: [],
  asOf: '2025-03-03',
  today: '2025-03-04',
});
const design = (inn: string) => result.evaluation.findings.find((f) => f.schoolId === inn && f.indicatorId === '5.3-page-design')!;

describe('a combined indicator with some of its parts absent', () => {
  it('is judged on the parts the sheet has', () => {
    expect(design('3625010008')).toMatchObject({ status: 'met', value: 2, target: 2, checkedParts: ['контактная информация', 'логотип'] });
    expect(design('3625010776')).toMatchObject({ status: 'not_met', value: 1, target: 2 });
  });

  it('says which parts were checked and which were not, never «no data» for the absent ones', () => {
    expect(design('3625010776').detail).toBe(
      'не заполнено: Госпаблик: логотип. Проверено: контактная информация, логотип; не проверялось (нет столбца): название организации, обложка',
    );
    expect(design('3625010008').detail).toBe(
      'проверено: контактная информация, логотип; не проверялось (нет столбца): название организации, обложка',
    );
  });

  it('keeps a school’s empty cell in a present column as no data', () => {
    expect(design('3625011057')).toMatchObject({ status: 'no_data' });
    expect(design('3625011057').detail).toMatch(/^нет сведений: Госпаблик: контактная информация\. Проверено/);
  });

  it('sends no letter to the school that meets the parts present, and names the parts in the others', () => {
    const letters = draftCheckLetters(result, [], { settings: sampleLetterSettings(), today: '2025-03-04' });
    expect(letters.map((l) => l.inn).sort()).toEqual(['3625010776', '3625011057']);
    const text = letters.find((l) => l.inn === '3625010776')!.items.find((i) => i.number === '5.3')!.text;
    expect(text).toContain('не проверялось (нет столбца): название организации, обложка');
    expect(buildReport(result, []).schools[0].findings.find((f) => f.indicatorId === '5.3-page-design')).toMatchObject({
      checked: ['контактная информация', 'логотип'],
    });
  });
});
