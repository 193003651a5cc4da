import { describeDiagnostic } from '../../src/app/describe-diagnostic';
import { diagnostic } from '../../src/core/model/diagnostic';
import { parseLetterSettings } from '../../src/core/letters/letter-settings';
import { Finding } from '../../src/core/model/finding';
import { countOf } from '../../src/taskpane/counts';
import { findingText } from '../../src/taskpane/results/finding-text';
import { measureOptionText } from '../../src/taskpane/views/mapping-view';
import { fieldProblem } from '../../src/taskpane/views/settings-view';
import { chooseTheme } from '../../src/taskpane/theme';

const finding = (over: Partial<Finding>): Finding => ({
  schoolId: '3625010008',
  item: '3.2',
  indicatorId: '3.2-teachers-active',
  indicator: 'Доля активных педагогов во ФГИС «Моя школа»',
  status: 'not_met',
  value: 85.714,
  target: 90,
  unit: '%',
  shortfall: null,
  deadline: null,
  sheet: 'ФГИС МШ',
  cell: 'F4',
  detail: null,
  comparison: null,
  ...over,
});

describe('what the pane says', () => {
  it('names the field by its label, once, with no JSON path and no double colon', () => {
    const parsed = parseLetterSettings({ department: { address: 'ул. Советская, 12', phone: '2-14-37', email: 'uo@ensk.ru' } });
    expect(parsed.ok).toBe(false);
    const texts = (parsed.ok ? [] : parsed.diagnostics).map((d) => fieldProblem(d).text);
    expect(texts).toContain('Заполните поле «Орган управления образованием».');
    for (const t of texts) {
      expect(t).not.toMatch(/department|signatory|executor|\.name/);
      expect(t.split(':').length).toBeLessThanOrEqual(2);
    }
  });

  it('does not name the sheet twice when the message already does', () => {
    const d = diagnostic('ingest.no-table', 'warning', 'На листе «Бюджет» не найдена таблица со списком школ.', { sheet: 'Бюджет' });
    expect(describeDiagnostic(d)).toBe('На листе «Бюджет» не найдена таблица со списком школ.');
    const cell = diagnostic('ingest.value', 'warning', 'Значение «н/д» не число.', { sheet: 'ФГИС МШ', cell: 'E5' });
    expect(describeDiagnostic(cell)).toBe('Лист «ФГИС МШ», ячейка E5: Значение «н/д» не число.');
  });

  it('each finding names its indicator, with a no-break space before «%»', () => {
    expect(findingText(finding({}))).toBe(
      'п.\u00a03.2, Доля активных педагогов во ФГИС «Моя школа»: не выполнено — 85,7\u00a0% при плане 90\u00a0%',
    );
    expect(findingText(finding({ status: 'no_data', value: null }))).toMatch(/: нет данных — план 90\u00a0%$/);
  });

  it('puts the item first in a measure option, so a narrow select still tells the columns apart', () => {
    expect(measureOptionText('Дата направления информации в УО (п. 2.3)')).toBe('п.\u00a02.3: Дата направления информации в УО');
    expect(measureOptionText('Педагогов всего (ОО-1)')).toBe('Педагогов всего (ОО-1)');
  });

  it('groups thousands with a no-break space', () => {
    expect(`Письма: ${countOf(340)} из ${countOf(1360)}`).toBe('Письма: 340 из 1\u00a0360');
  });
});

describe('the pane’s theme', () => {
  const none = () => false;
  it('follows Office’s theme, then the browser, and high contrast wins over both', () => {
    expect(chooseTheme({ bodyBackgroundColor: '#262626' }, none)).toBe('dark');
    expect(chooseTheme({ bodyBackgroundColor: '#FFFFFF' }, none)).toBe('light');
    expect(chooseTheme(null, (q) => q === '(prefers-color-scheme: dark)')).toBe('dark');
    expect(chooseTheme({ bodyBackgroundColor: '#FFFFFF' }, (q) => q === '(forced-colors: active)')).toBe('contrast');
  });
});
