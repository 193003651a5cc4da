import { buildWorkbookPlan } from '../../../src/core/plan/build-workbook-plan';
import { OWN_SHEETS, PlannedSheet } from '../../../src/core/plan/workbook-plan';
import { EVALUATION, INJECTED, REGISTRY, ROADMAP, SCHOOL_1, SCHOOL_12, TABLES } from './fixtures';

const plan = buildWorkbookPlan({ evaluation: EVALUATION, tables: TABLES, registry: REGISTRY, roadmap: ROADMAP, book: 'monitoring.xlsx' });
const sheet = (name: string): PlannedSheet => plan.sheets.find((s) => s.name === name)!;
const rowOf = (s: PlannedSheet, first: string) => s.rows.find((r) => r[0]?.v === first)!;

describe('highlights on the source cells', () => {
  it('paints shortfalls red, missing data amber and met green', () => {
    const tones = Object.fromEntries(plan.highlights.map((h) => [`${h.sheet}!${h.cell}`, h.tone]));
    expect(tones).toEqual({
      'ФГИС МШ!E5': 'good',
      'ФГИС МШ!E6': 'bad',
      'ФГИС МШ!E7': 'warn',
      'Отчёты ОО!D6': 'bad',
      'Отчёты ОО!D5': 'bad',
    });
  });

  it('highlights nothing in a book whose sheets the findings are not from', () => {
    const other = buildWorkbookPlan({
      evaluation: EVALUATION,
      tables: TABLES,
      registry: REGISTRY,
      roadmap: ROADMAP,
      book: 'registry.xlsx',
    });
    expect(other.highlights).toEqual([]);
    // The summary still lists every school, without links into a book that does not hold the cells.
    expect(other.sheets[0].rows.flat().some((c) => c.link)).toBe(false);
  });
});

describe('«Сводка»', () => {
  const summary = sheet(OWN_SHEETS.summary);

  it('shows each school with its share rounded for display, coloured by status and linked to the source cell', () => {
    const row = rowOf(summary, SCHOOL_12.name);
    const share = row.find((c) => c.numFmt === '0.0%')!;
    expect(share.v).toBe(0.857);
    expect(share.tone).toBe('bad');
    expect(share.link).toEqual({ sheet: 'ФГИС МШ', cell: 'E6' });
    const late = row.find((c) => c.numFmt === 'dd.mm.yyyy')!;
    expect(late.v).toBe(45706); // 18.02.2025
  });

  it('links shortfalls to their source cells, not what is met', () => {
    const met = rowOf(summary, SCHOOL_1.name).find((c) => c.numFmt === '0.0%')!;
    expect(met).toEqual({ v: 1, numFmt: '0.0%', tone: 'good' });
  });

  it('says «нет данных» where a school gave nothing, and keeps a formula-like name as plain text', () => {
    const row = rowOf(summary, INJECTED.name);
    expect(row[0].v).toBe('=HYPERLINK("http://x","y")');
    expect(row.some((c) => c.v === 'нет данных' && c.tone === 'warn')).toBe(true);
  });

  it('lists municipal totals against targets, counts per status, data bars on shares and a colour legend', () => {
    const aggregate = rowOf(summary, 'Доля обучающихся, зарегистрированных во ФГИС «Моя школа» (по муниципалитету)');
    expect(aggregate[2].v).toBe(0.684);
    expect(aggregate[3].v).toBeCloseTo(0.7, 6);
    expect(aggregate[4].v).toBe('не выполнено');
    expect(rowOf(summary, 'с опозданием')[1].v).toBe(1);
    expect(rowOf(summary, 'выполнено')[1].v).toBe(1);
    expect(summary.dataBars.length).toBeGreaterThan(0);
    expect(summary.rows[1].map((c) => c.tone)).toEqual([undefined, 'bad', 'warn', 'good', 'neutral']);
  });
});

describe('«Нарушения»', () => {
  const violations = sheet(OWN_SHEETS.violations);

  it('has one row per finding needing an explanation, school by school, item by item', () => {
    const body = violations.rows.slice(1);
    expect(body.map((r) => [r[1].v, r[3].v, r[5].v])).toEqual([
      [SCHOOL_1.name, '2.6', 'не представлено'],
      [SCHOOL_12.name, '2.6', 'с опозданием'],
      [SCHOOL_12.name, '3.2', 'не выполнено'],
      [INJECTED.name, '3.2', 'нет данных'],
    ]);
  });

  it('words the shortfall and links to sheet!cell', () => {
    const [missing, late, notMet] = violations.rows.slice(1);
    expect(notMet[8].v).toBe('не хватает 3 педагогов до 100 %');
    expect(late[8].v).toBe('направлено на 4 дн. позже срока (14.02.2025)');
    expect(missing[8].v).toBe('не направлено, срок истёк 14.02.2025');
    expect(notMet[9]).toEqual({ v: 'ФГИС МШ!E6', link: { sheet: 'ФГИС МШ', cell: 'E6' } });
    expect(notMet[2].v).toBe('1001000012');
  });
});

describe('«Календарь контроля»', () => {
  it('lists control dates in order, as dates, with their state in Russian', () => {
    const all = sheet(OWN_SHEETS.calendar).rows;
    const rows = all.slice(all.findIndex((r) => r[0]?.v === 'Все контрольные события года') + 2);
    expect(rows.map((r) => [r[0].v, r[2].v, r[4].v, r[4].tone])).toEqual([
      [45702, '2.6', 'просрочен', 'bad'],
      [45719, '3.2', 'сейчас', 'warn'],
      [45918, '2.7', 'предстоит', 'neutral'],
    ]);
    expect(rows[1][1]).toEqual({ v: 45721, numFmt: 'dd.mm.yyyy' });
  });

  it('says first what is next and what is overdue', () => {
    const rows = sheet(OWN_SHEETS.calendar).rows;
    const block = (title: string): (string | number | boolean | null)[][] => {
      const start = rows.findIndex((r) => r[0]?.v === title) + 2;
      const end = rows.findIndex((r, i) => i >= start && r.length === 0);
      return rows.slice(start, end).map((r) => r.map((c) => c.v));
    };
    // What is due now first, then the nearest ahead.
    expect(block('Ближайшие контрольные события').map((r) => [r[0], r[2], r[4]])).toEqual([
      [45719, '3.2', 'сейчас'],
      [45918, '2.7', 'предстоит'],
    ]);
    expect(rows.find((r) => r[0]?.v === 'Просрочено: срок прошёл, а данных в книгах нет')).toBeDefined();
    const overdueStart = rows.findIndex((r) => r[0]?.v === 'Просрочено: срок прошёл, а данных в книгах нет') + 2;
    expect(rows[overdueStart]!.map((c) => c.v)).toEqual([45702, 1, '2.6', expect.stringContaining('Срок')]);
  });
});
