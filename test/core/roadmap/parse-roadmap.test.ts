import { parseRoadmap, parseRoadmapJsonText } from '../../../src/core/roadmap/parse-roadmap';
import { getPreset } from '../../../src/core/roadmap/presets';

/** The municipal preset as a user's JSON file would hold it, to be edited (and broken) by a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to put wrong types in
function municipalJson(): any {
  return JSON.parse(JSON.stringify(getPreset('municipal-2025')));
}

function messages(result: ReturnType<typeof parseRoadmap>): string[] {
  return result.ok ? [] : result.diagnostics.map((d) => d.message);
}

describe('parseRoadmap', () => {
  it('accepts both presets as they are saved to JSON', () => {
    for (const id of ['municipal-2025', 'school-2023']) {
      const text = JSON.stringify(getPreset(id), null, 2);
      const result = parseRoadmapJsonText(text);
      expect(result).toEqual({ ok: true, roadmap: getPreset(id) });
    }
  });

  it('names the JSON path and the item of a threshold that is not a number', () => {
    const json = municipalJson();
    // items[6] is 2.4; its third indicator is the homework share.
    json.items[6].indicators[2].rule.target = 'девяносто';
    const result = parseRoadmap(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.diagnostics).toEqual([
      {
        id: 'rules.invalid',
        severity: 'error',
        message: 'items[6].indicators[2].rule.target (пункт 2.4, показатель 2.4-homework): Порог должен быть числом',
        sheet: null,
        cell: null,
      },
    ]);
  });

  it('catches a typo in a measure id', () => {
    const json = municipalJson();
    json.items[15].indicators[0].rule.numerator = 'teachers_fgis_registred';
    expect(messages(parseRoadmap(json))).toEqual([
      'items[15].indicators[0].rule.numerator (пункт 3.2, показатель 3.2-teachers-registered): ' +
        'Неизвестный показатель «teachers_fgis_registred»: его нет в справочнике показателей',
    ]);
  });

  it('collects every problem in Russian instead of stopping at the first', () => {
    const json = municipalJson();
    json.items[7].control.schedules[0].weeks = 2.5; // 2.5: «1 раз в 2,5 недели»
    json.items[7].indicators[0].scope = 'район';
    delete json.items[9].title; // 2.7
    json.items[10].footnote = 'да'; // 2.8
    json.items[12].indicators[0].rule.kind = 'at_least'; // 2.10
    json.items[16].indicators[0].dueFrom = '2025-02-30'; // 3.3
    expect(messages(parseRoadmap(json))).toEqual([
      'items[7].control.schedules[0].weeks (пункт 2.5): Должно быть целым числом',
      'items[7].indicators[0].scope (пункт 2.5, показатель 2.5-applications-overdue): Недопустимое значение «район»: допустимы «school», «municipal»',
      'items[9].title (пункт 2.7): Не заполнено обязательное поле',
      'items[10].footnote (пункт 2.8): Ожидается да/нет (true или false), а указано текст',
      'items[12].indicators[0].rule.kind (пункт 2.10, показатель 2.10-parent-meetings): Неизвестный вид: допустимы ' +
        '«share_at_least», «count_zero», «count_at_least», «counts_equal», «value_at_least», «report_by», «complete»',
      'items[16].indicators[0].dueFrom (пункт 3.3, показатель 3.3-students-registered): Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре',
    ]);
  });

  it('finds an item number used twice', () => {
    const json = municipalJson();
    json.items[17].number = '3.2'; // 3.4 renumbered as 3.2
    expect(messages(parseRoadmap(json))).toEqual(['items[17].number: Пункт 3.2 встречается дважды']);
  });

  it('keeps the schema’s own Russian range messages', () => {
    const json = municipalJson();
    json.items[15].indicators[1].rule.target = 190;
    expect(messages(parseRoadmap(json))).toEqual([
      'items[15].indicators[1].rule.target (пункт 3.2, показатель 3.2-teachers-active): Порог не может быть больше 100 %',
    ]);
  });

  it('rejects a roadmap without items, and something that is not a roadmap at all', () => {
    const json = municipalJson();
    json.items = [];
    expect(messages(parseRoadmap(json))).toEqual(['items: В дорожной карте нет ни одного пункта']);
    expect(messages(parseRoadmap('municipal-2025'))).toEqual(['Дорожная карта: Ожидается объект, а указано текст']);
  });
});

describe('parseRoadmapJsonText', () => {
  it('points at the line and column of a missing comma', () => {
    const text = '{\n  "id": "my-roadmap",\n  "title": "Дорожная карта"\n  "year": 2025\n}';
    const result = parseRoadmapJsonText(text);
    expect(result.ok ? null : result.diagnostics).toEqual([
      {
        id: 'rules.invalid-json',
        severity: 'error',
        message:
          'Файл правил не является корректным JSON: ошибка в строке 4, столбце 3 («"year": 2025»). Проверьте запятые, кавычки и скобки.',
        sheet: null,
        cell: null,
      },
    ]);
  });

  it('reports a file cut short at its end', () => {
    const result = parseRoadmapJsonText('{\n  "id": "my-roadmap",\n  "items": [');
    expect(result.ok ? [] : result.diagnostics.map((d) => d.message)).toEqual([
      'Файл правил не является корректным JSON: ошибка в строке 3, столбце 13 («"items": [»). Проверьте запятые, кавычки и скобки.',
    ]);
  });

  it('reads a file saved with a byte order mark, and says so when the file is empty', () => {
    const text = '\uFEFF' + JSON.stringify(getPreset('school-2023'));
    expect(parseRoadmapJsonText(text).ok).toBe(true);
    expect(
      parseRoadmapJsonText('  \n').ok
        ? []
        : (parseRoadmapJsonText('  \n') as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message),
    ).toEqual(['Файл правил пуст']);
  });
});
