import { draftLetters } from '../../../src/core/letters/draft-letters';
import { firstFreeNumber } from '../../../src/core/letters/letter-numbering';
import {
  LETTER_REGISTER_HEADERS,
  letterReportEntries,
  nextRegisterRows,
  readLetterRegister,
  registerRowCells,
} from '../../../src/core/letters/letter-register';
import { Grid } from '../../../src/core/model/grid';
import { isoToExcelSerial } from '../../../src/core/model/iso-date';
import { REGISTRY, ROADMAP, sampleFindings, sampleLetterSettings } from './letter-fixtures';

function registerGrid(values: Grid['values']): Grid {
  return { sheet: 'Реестр писем', values, numberFormats: [], originRow: 1, originCol: 1, merges: [] };
}

const EARLIER = registerGrid([
  ['Реестр исходящих писем о предоставлении объяснений', null, null, null, null, null],
  [null, null, null, null, null, null],
  ['Исх. номер', 'Дата', 'Образовательная организация', 'ИНН', 'Пункты дорожной карты', 'Файл'],
  ['01-19/214', isoToExcelSerial('2025-02-17'), 'МБОУ «СОШ № 1»', '6501000001', '3.2', 'letters/6501000001_СОШ-1_запрос_2025-02-17.docx'],
  [null, null, null, null, null, null],
  ['01-19/221', '2025-02-17', 'МБОУ Новоназимовская СОШ № 4', 6501000004, '2.2, 3.2', ''],
  ['01-18/530', '25.12.2024', 'МБОУ «СОШ № 1»', null, '2.4', ''],
]);

describe('the letter register', () => {
  it('re-running the same day keeps the numbers and adds no rows; a new day gets new numbers', () => {
    const settings = sampleLetterSettings();
    const draft = (today: string, register: ReturnType<typeof readLetterRegister>) =>
      draftLetters({ findings: sampleFindings(), registry: REGISTRY, roadmap: ROADMAP, asOf: '2025-03-03', today, settings, register });
    const earlier = readLetterRegister(EARLIER);
    const first = draft('2025-03-05', earlier);
    expect(first.map((l) => l.number)).toEqual(['01-19/222', '01-19/223', '01-19/224']);
    const register = [...earlier, ...nextRegisterRows(earlier, first, [])];

    const again = draft('2025-03-05', register);
    expect(again.map((l) => l.number)).toEqual(['01-19/222', '01-19/223', '01-19/224']);
    expect(nextRegisterRows(register, again, [])).toEqual([]);

    const nextDay = draft('2025-03-06', register);
    expect(nextDay.map((l) => l.number)).toEqual(['01-19/225', '01-19/226', '01-19/227']);
  });

  it('a school whose findings changed since the morning gets a new letter and number', () => {
    const settings = sampleLetterSettings();
    const morning = draftLetters({
      findings: sampleFindings(),
      registry: REGISTRY,
      roadmap: ROADMAP,
      asOf: '2025-03-03',
      today: '2025-03-05',
      settings,
    });
    const register = nextRegisterRows([], morning, []);
    const fewer = sampleFindings().filter((f) => !(f.schoolId === '6501000001' && f.item === '2.2'));
    const evening = draftLetters({
      findings: fewer,
      registry: REGISTRY,
      roadmap: ROADMAP,
      asOf: '2025-03-03',
      today: '2025-03-05',
      settings,
      register,
    });
    expect(evening.map((l) => l.number)).toEqual(['01-19/217', '01-19/215', '01-19/216']);
    expect(nextRegisterRows(register, evening, []).map((r) => [r.number, r.items])).toEqual([['01-19/217', '3.2']]);
  });

  it('reads the rows of an earlier run, whatever stands above the header', () => {
    const rows = readLetterRegister(EARLIER);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      number: '01-19/214',
      date: '17.02.2025',
      school: 'МБОУ «СОШ № 1»',
      inn: '6501000001',
      items: '3.2',
      file: 'letters/6501000001_СОШ-1_запрос_2025-02-17.docx',
      // A register of an earlier version has no reply date and addressee columns.
      deadline: '',
      addressee: '',
    });
    expect(rows[1].date).toBe('17.02.2025');
    expect(rows[1].inn).toBe('6501000004');
  });

  it('never reuses an outgoing number: continues past the highest one in the register', () => {
    const settings = sampleLetterSettings(); // nextNumber 214
    expect(firstFreeNumber(readLetterRegister(EARLIER), settings)).toBe(222);
    expect(firstFreeNumber([], settings)).toBe(214);
    expect(firstFreeNumber(readLetterRegister(EARLIER), { ...settings, nextNumber: 300 })).toBe(300);
    // Another year's prefix does not hold this year's numbers back.
    expect(firstFreeNumber(readLetterRegister(EARLIER), { ...settings, numberPrefix: '01-18/' })).toBe(531);
  });

  it('gives new rows with number, date, school, items and files', () => {
    const existing = readLetterRegister(EARLIER);
    const settings = sampleLetterSettings();
    const letters = draftLetters({
      findings: sampleFindings(),
      registry: REGISTRY,
      roadmap: ROADMAP,
      asOf: '2025-03-03',
      today: '2025-03-05',
      settings,
      firstNumber: firstFreeNumber(existing, settings),
    });
    const files = [
      { path: 'letters/6501000001_СОШ-1_запрос_2025-03-05.docx', schoolId: '6501000001' },
      { path: 'letters/6501000001_СОШ-1_запрос_2025-03-05.pdf', schoolId: '6501000001' },
      { path: 'letters/Все_письма_2025-03-05.docx' },
    ];
    const rows = nextRegisterRows(existing, letters, files);
    expect(rows.map((r) => r.number)).toEqual(['01-19/222', '01-19/223', '01-19/224']);
    expect(rows[0]).toEqual({
      number: '01-19/222',
      date: '05.03.2025',
      deadline: '10.03.2025',
      addressee: 'Директору М.П. Ивановой',
      school: 'МБОУ «СОШ № 1»',
      inn: '6501000001',
      items: '2.2, 3.2',
      file: 'letters/6501000001_СОШ-1_запрос_2025-03-05.docx, letters/6501000001_СОШ-1_запрос_2025-03-05.pdf',
    });
    expect(nextRegisterRows([...existing, ...rows], letters, files)).toEqual([]);
    expect(letterReportEntries(letters, files)[0]).toEqual({
      school: 'МБОУ «СОШ № 1»',
      inn: '6501000001',
      items: ['2.2', '3.2'],
      files: files.slice(0, 2).map((f) => f.path),
    });
  });

  it('writes dates as Excel dates, the reply date and the addressee after the old columns', () => {
    const cells = registerRowCells({
      number: '01-19/222',
      date: '05.03.2025',
      school: 'МБОУ «СОШ № 1»',
      inn: '6501000001',
      items: '2.2, 3.2',
      file: 'letters/a.docx',
      deadline: '10.03.2025',
      addressee: 'Директору М.П. Ивановой',
    });
    expect(LETTER_REGISTER_HEADERS.slice(6)).toEqual(['Срок ответа', 'Адресат']);
    expect(cells).toEqual(['01-19/222', 45721, 'МБОУ «СОШ № 1»', '6501000001', '2.2, 3.2', 'letters/a.docx', 45726, 'Директору М.П. Ивановой']);
    // Read back, the serials are dates again.
    const grid = { ...EARLIER, values: [[...LETTER_REGISTER_HEADERS], cells] };
    expect(readLetterRegister(grid)[0]).toMatchObject({ date: '05.03.2025', deadline: '10.03.2025', addressee: 'Директору М.П. Ивановой' });
  });
});
