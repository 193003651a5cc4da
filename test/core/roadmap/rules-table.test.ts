import { Diagnostic } from '../../../src/core/model/diagnostic';
import { parseRoadmapJsonText } from '../../../src/core/roadmap/parse-roadmap';
import { getPreset } from '../../../src/core/roadmap/presets';
import { RULES_SHEET, RulesTable, roadmapToTable, tableToRoadmap } from '../../../src/core/roadmap/rules-table';
import { Roadmap } from '../../../src/core/roadmap/schema';

const municipal = (): Roadmap => getPreset('municipal-2025')!;

/** The sheet row (1-based, as Excel numbers it) of an indicator in a written table. */
function rowOf(table: RulesTable, indicatorId: string): number {
  return table.findIndex((row) => row[2] === indicatorId) + 1;
}

/** Sets a cell by its A1 address, as a user typing into the sheet would. */
function edit(table: RulesTable, address: string, value: string | number | null): void {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  table[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
}

function problems(table: RulesTable, base: Roadmap = municipal()): Diagnostic[] {
  const result = tableToRoadmap(table, base);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.diagnostics;
}

describe('rules table round trip', () => {
  it.each(['municipal-2025', 'school-2023'])('%s: JSON → table → roadmap gives the same roadmap', (id) => {
    const fromJson = parseRoadmapJsonText(JSON.stringify(getPreset(id), null, 2));
    if (!fromJson.ok) throw new Error('preset JSON does not parse');
    const back = tableToRoadmap(roadmapToTable(fromJson.roadmap), fromJson.roadmap);
    expect(back).toStrictEqual({ ok: true, roadmap: getPreset(id) });
  });

  it('writes one row per indicator and one per item without indicators, with Russian words', () => {
    const table = roadmapToTable(municipal());
    expect(table[0]).toEqual([
      'Пункт',
      'Мероприятие',
      'Код показателя',
      'Показатель',
      'Уровень',
      'Вид правила',
      'Данные',
      'Готовая доля, %',
      'Порог',
      'Порог для флагманских',
      'Ед. изм.',
      'Срок отчёта',
      'Действует с',
      'Контроль',
      'Сноска «*»',
      'Контролируется',
    ]);
    // 30 items, 5 of them without indicators, 43 indicators in all.
    expect(table).toHaveLength(1 + 5 + 43);
    const active = table[rowOf(table, '3.2-teachers-active') - 1];
    expect(active).toEqual([
      '3.2',
      expect.stringContaining('Активное использование педагогами'),
      '3.2-teachers-active',
      'Доля педагогов — активных пользователей ФГИС «Моя школа»',
      'школа',
      'доля не менее',
      'teachers_fgis_active / teachers_total',
      'teachers_fgis_active_pct',
      90,
      null,
      '%',
      null,
      null,
      '1 раз в 2 недели с 13.01.2025',
      'да',
      'да',
    ]);
    const posts = table[rowOf(table, '5.3-posts-week') - 1];
    expect(posts.slice(5, 14)).toEqual(['количество не менее', 'social_posts_week', null, 3, 5, null, null, null, 'ежеквартально']);
    const report = table[rowOf(table, '2.3-report') - 1];
    expect(report.slice(5, 13)).toEqual(['отчёт к сроку', 'report_2_3', null, null, null, null, '07.02.2025', null]);
    expect(table[1].slice(0, 1).concat(table[1].slice(13))).toEqual(['1.1', null, 'нет', 'нет']);
  });
});

describe('editing the rules table', () => {
  it('takes a lowered threshold typed as «85 %» and a new deadline typed as an Excel date', () => {
    const table = roadmapToTable(municipal());
    edit(table, `I${rowOf(table, '3.2-teachers-active')}`, '85 %');
    edit(table, `L${rowOf(table, '2.6-report')}`, 45706); // 18.02.2025 as Excel stores it
    const result = tableToRoadmap(table, municipal());
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const item = (n: string) => result.roadmap.items.find((i) => i.number === n)!;
    expect(item('3.2').indicators[1].rule).toMatchObject({ kind: 'share_at_least', target: 85 });
    expect(item('2.6').indicators[0].rule).toEqual({ kind: 'report_by', measure: 'report_2_6', deadline: '2025-02-18' });
    // The item's report deadline follows its report rule.
    expect(item('2.6').control.reportDeadline).toBe('2025-02-18');
  });

  it('reads the schedule a user retyped in their own words', () => {
    const table = roadmapToTable(municipal());
    const row = rowOf(table, '5.1-kp-matches-esh');
    edit(table, `N${row}`, 'раз в 2 недели с 20.01.2025 (сентябрь–май); с 01.06.2025 по 30.06.2025');
    const result = tableToRoadmap(table, municipal());
    expect(result.ok && result.roadmap.items.find((i) => i.number === '5.1')!.control.schedules).toEqual([
      { kind: 'every_n_weeks', weeks: 2, anchor: '2025-01-20', months: [1, 2, 3, 4, 5, 9, 10, 11, 12] },
      { kind: 'window', from: '2025-06-01', to: '2025-06-30' },
    ]);
  });

  it('drops an indicator whose row was deleted and keeps an item whose number cell was merged', () => {
    const table = roadmapToTable(municipal());
    table.splice(rowOf(table, '2.4-homework') - 1, 1);
    edit(table, `A${rowOf(table, '2.4-lessons-without-mark')}`, null); // merged with the row above in Excel
    const result = tableToRoadmap(table, municipal());
    expect(result.ok && result.roadmap.items.find((i) => i.number === '2.4')!.indicators.map((i) => i.id)).toEqual([
      '2.4-schedule',
      '2.4-lessons-without-mark',
      '2.4-no-homework',
    ]);
  });

  it('adds an item the user typed in as a new row, with an empty period and responsible', () => {
    const table = roadmapToTable(municipal());
    table.push([
      '5.7',
      'Подключение к сети передачи данных',
      '5.7-internet',
      'Скорость Интернета',
      'школа',
      'значение не менее',
      'internet_speed',
      null,
      '50',
      null,
      'Мбит/с',
      null,
      '01.09.2025',
      'ежеквартально',
      'нет',
      'да',
    ]);
    const result = tableToRoadmap(table, municipal());
    expect(result.ok && result.roadmap.items[result.roadmap.items.length - 1]).toEqual({
      number: '5.7',
      title: 'Подключение к сети передачи данных',
      period: '',
      responsible: '',
      expectedResult: '',
      control: { text: '', schedules: [{ kind: 'quarterly' }] },
      footnote: false,
      monitored: true,
      indicators: [
        {
          id: '5.7-internet',
          title: 'Скорость Интернета',
          scope: 'school',
          rule: { kind: 'value_at_least', measure: 'internet_speed', target: 50, unit: 'Мбит/с' },
          dueFrom: '2025-09-01',
        },
      ],
    });
  });

  it('finds its columns by header even when the user moved them and put a title above', () => {
    const table = roadmapToTable(getPreset('school-2023')!);
    const moved = table.map((row) => [row[8], ...row.slice(0, 8), ...row.slice(9)]);
    moved.unshift(['Правила контроля дорожной карты 2023', null], []);
    expect(tableToRoadmap(moved, getPreset('school-2023')!)).toStrictEqual({ ok: true, roadmap: getPreset('school-2023') });
  });
});

describe('invalid cells in the rules table', () => {
  it('points at a threshold written in words', () => {
    const table = roadmapToTable(municipal());
    expect(rowOf(table, '3.2-teachers-active')).toBe(28);
    edit(table, 'I28', 'девяносто');
    expect(problems(table)).toEqual([
      {
        id: 'rules.threshold-not-a-number',
        severity: 'error',
        message: 'Правила!I28: порог «девяносто» — не число',
        sheet: RULES_SHEET,
        cell: 'I28',
      },
    ]);
  });

  it('catches a typo in a measure id, and a share above 100 %', () => {
    const table = roadmapToTable(municipal());
    edit(table, 'G27', 'teachers_fgis_registred / teachers_total'); // 3.2-teachers-registered
    edit(table, 'I28', 190);
    expect(problems(table).map((d) => [d.cell, d.message])).toEqual([
      ['G27', 'Правила!G27: Неизвестный показатель «teachers_fgis_registred»: его нет в справочнике показателей'],
      ['I28', 'Правила!I28: Порог не может быть больше 100 %'],
    ]);
  });

  it('collects every bad cell of the sheet and returns no roadmap', () => {
    const table = roadmapToTable(municipal());
    edit(table, 'F9', 'больше или равно'); // 2.4-schedule: unknown rule kind
    edit(table, 'L14', '31.02.2025'); // 2.6-report: no such day
    edit(table, 'N13', 'раз в три недели'); // 2.5 schedule in words
    edit(table, 'O15', 'возможно'); // 2.7 footnote
    edit(table, 'N16', 'ежемесячно'); // 2.7: its second row disagrees with the first
    edit(table, 'E20', 'область'); // 2.9 scope
    edit(table, 'J27', 5); // 3.2: a flagship threshold on a share rule
    const result = tableToRoadmap(table, municipal());
    expect(result).toEqual({ ok: false, diagnostics: expect.any(Array) });
    expect(result.ok ? [] : result.diagnostics.map((d) => d.message)).toEqual([
      'Правила!F9: вид правила «больше или равно» не известен: допустимы «доля не менее», «ни одного», «количество не менее», ' +
        '«количества совпадают», «значение не менее», «отчёт к сроку», «заполнено полностью»',
      'Правила!N13: не удалось разобрать «раз в три недели»: пишите, например, «еженедельно», «1 раз в 2 недели с 13.01.2025», ' +
        '«ежемесячно до 25 числа», «ежеквартально», «03.03.2025–05.03.2025», «конец четверти», «конец года (май, июнь)»',
      'Правила!L14: срок «31.02.2025» — такого дня нет в календаре',
      'Правила!O15: сноска «*» «возможно» — пишите «да» или «нет»',
      'Правила!N16: Контроль пункта 2.7 отличается от строки 15: для одного пункта пишите одинаково или оставьте ячейку пустой',
      'Правила!E20: уровень «область» — пишите «школа» или «муниципалитет»',
      'Правила!J27: для вида «доля не менее» столбец «Порог для флагманских» не заполняется («5») — очистите ячейку',
    ]);
  });

  it('asks for the date the weeks count from and for a report deadline', () => {
    const table = roadmapToTable(municipal());
    edit(table, 'N27', '1 раз в 2 недели');
    edit(table, 'L26', null); // 3.1-report
    expect(problems(table).map((d) => d.message)).toEqual([
      'Правила!L26: для вида «отчёт к сроку» укажите срок, например 07.02.2025',
      'Правила!N27: укажите, с какой даты считать недели: «1 раз в 2 недели с 13.01.2025»',
    ]);
  });

  it('does not let a threshold typed on a row without an indicator go unnoticed', () => {
    const table = roadmapToTable(municipal());
    edit(table, 'I6', 100); // 2.1 «100% ответственных специалистов…» has no indicator
    expect(problems(table).map((d) => d.message)).toEqual([
      'Правила!I6: «100» стоит в строке без показателя: укажите код, вид правила и данные показателя или очистите ячейку',
    ]);
  });

  it('refuses two indicators with the same code', () => {
    const table = roadmapToTable(municipal());
    edit(table, 'C28', '3.2-teachers-registered');
    expect(problems(table).map((d) => d.message)).toEqual(['Правила!C28: Показатель «3.2-teachers-registered» встречается дважды']);
  });

  it('says which columns are missing, or that the sheet has no header at all', () => {
    const table = roadmapToTable(municipal()).map((row) => row.filter((_, c) => c !== 8 && c !== 13));
    expect(problems(table).map((d) => d.message)).toEqual(['На листе «Правила» нет столбцов: «Порог», «Контроль»']);
    expect(
      problems([
        ['Пункт 1.1', 'что-то'],
        [1, 2],
      ]).map((d) => d.id),
    ).toEqual(['rules.table-header-not-found']);
  });
});
