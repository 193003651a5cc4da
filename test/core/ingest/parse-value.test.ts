import { parseCell, percentScaleOf } from '../../../src/core/ingest/parse-value';
import { isoToExcelSerial } from '../../../src/core/model/iso-date';

const NBSP = '\u00a0';

describe('counts', () => {
  it('reads numbers, text numbers and thousands separators', () => {
    expect(parseCell(44, 'General', 'count')).toEqual({ kind: 'number', value: 44 });
    expect(parseCell('44', 'General', 'count')).toEqual({ kind: 'number', value: 44 });
    expect(parseCell(`1${NBSP}234`, 'General', 'count')).toEqual({ kind: 'number', value: 1234 });
    expect(parseCell('1 234', 'General', 'count')).toEqual({ kind: 'number', value: 1234 });
    expect(parseCell(' 12 чел. ', 'General', 'count')).toEqual({ kind: 'number', value: 12 });
  });

  it('keeps negative counts for evaluation to call a data error', () => {
    expect(parseCell(-3, 'General', 'count')).toEqual({ kind: 'number', value: -3 });
    expect(parseCell('−3', 'General', 'count')).toEqual({ kind: 'number', value: -3 });
  });

  it('calls empty, «н/д», «нет данных» and dashes missing', () => {
    for (const raw of [null, '', '  ', 'н/д', 'Н/Д', 'нет данных', '-', '—', '–']) {
      expect(parseCell(raw, 'General', 'count').kind).toBe('missing');
    }
  });

  it('calls formula errors and words invalid, with the reason', () => {
    expect(parseCell('#ДЕЛ/0!', 'General', 'count')).toEqual({ kind: 'invalid', raw: '#ДЕЛ/0!', reason: 'ошибка в формуле (#ДЕЛ/0!)' });
    for (const raw of ['#DIV/0!', '#Н/Д', '#N/A', '#ЗНАЧ!']) expect(parseCell(raw, 'General', 'count').kind).toBe('invalid');
    expect(parseCell('много', 'General', 'count')).toEqual({ kind: 'invalid', raw: 'много', reason: 'не число' });
    expect(parseCell(12.5, 'General', 'count')).toEqual({ kind: 'invalid', raw: '12.5', reason: 'дробное число вместо количества' });
    expect(parseCell('85%', 'General', 'count')).toEqual({ kind: 'invalid', raw: '85%', reason: 'процент вместо количества' });
    // «1.2» typed into a count and turned by Excel into 01.02.2025.
    expect(parseCell(45689, 'dd.mm.yyyy', 'count')).toEqual({ kind: 'invalid', raw: '45689', reason: 'дата вместо числа' });
  });
});

describe('shares', () => {
  it('reads explicit percents as written', () => {
    expect(parseCell('85,7%', 'General', 'percent')).toEqual({ kind: 'number', value: 85.7 });
    expect(parseCell('85.7 %', 'General', 'percent')).toEqual({ kind: 'number', value: 85.7 });
    expect(parseCell(0.857, '0.0%', 'percent')).toEqual({ kind: 'number', value: 85.7 });
    expect(parseCell('85,7%', 'General', 'percent', 'fraction')).toEqual({ kind: 'number', value: 85.7 });
  });

  it('reads bare numbers by the column: all within 0…1 means fractions', () => {
    const fractions = percentScaleOf([0.857, '0,9', 1, null].map((raw) => ({ raw, numberFormat: 'General' })));
    expect(fractions).toBe('fraction');
    expect(parseCell('0,857', 'General', 'percent', fractions)).toEqual({ kind: 'number', value: 85.7 });
    const percents = percentScaleOf([0.5, 85, 100].map((raw) => ({ raw, numberFormat: 'General' })));
    expect(percents).toBe('percent');
    expect(parseCell(0.5, 'General', 'percent', percents)).toEqual({ kind: 'number', value: 0.5 });
  });

  it('keeps a share above 100 % as it is', () => {
    expect(parseCell('112%', 'General', 'percent')).toEqual({ kind: 'number', value: 112 });
  });
});

describe('dates', () => {
  it('reads Excel serials and text dates', () => {
    expect(parseCell(isoToExcelSerial('2025-02-13'), 'dd.mm.yyyy', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
    expect(parseCell(isoToExcelSerial('2025-02-13'), 'General', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
    expect(parseCell('13.02.2025', 'General', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
    expect(parseCell('13.02.25', 'General', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
    expect(parseCell('13 февраля 2025 г.', 'General', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
    // Month words as people type them: any case, the nominative too («1 май 2025»), «года» after the year.
    expect(parseCell('3 Марта 2025 г.', 'General', 'date')).toEqual({ kind: 'date', value: '2025-03-03' });
    expect(parseCell('1 май 2025', 'General', 'date')).toEqual({ kind: 'date', value: '2025-05-01' });
    expect(parseCell('31 АВГУСТА 2025 года', 'General', 'date')).toEqual({ kind: 'date', value: '2025-08-31' });
    expect(parseCell('31 июня 2025 г.', 'General', 'date').kind).toBe('invalid');
    expect(parseCell('2025-02-13', 'General', 'date')).toEqual({ kind: 'date', value: '2025-02-13' });
  });

  it('tells «not sent» from dates that do not exist', () => {
    expect(parseCell('не направлено', 'General', 'date')).toEqual({ kind: 'missing', raw: 'не направлено' });
    expect(parseCell('29.02.2025', 'General', 'date')).toEqual({
      kind: 'invalid',
      raw: '29.02.2025',
      reason: 'такой даты нет в календаре',
    });
    expect(parseCell(7, 'General', 'date')).toEqual({ kind: 'invalid', raw: '7', reason: 'число вместо даты' });
  });
});

describe('flags', () => {
  it('reads the ways people write yes and no', () => {
    const read = (raw: string | number | boolean) => parseCell(raw, 'General', 'flag');
    for (const yes of ['да', 'Да', '+', 1, '1', 'заполнено', true]) expect(read(yes)).toEqual({ kind: 'flag', value: true });
    for (const no of ['нет', '-', '\u2212', 0, '0', 'не заполнено', false]) expect(read(no)).toEqual({ kind: 'flag', value: false });
    expect(read('н/д').kind).toBe('missing');
    expect(read('—').kind).toBe('missing');
    expect(read('частично')).toEqual({ kind: 'invalid', raw: 'частично', reason: 'ожидается «да» или «нет»' });
  });
});
