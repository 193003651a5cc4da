import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { DEFAULT_LETTER_SETTINGS } from '../../src/app/letter-defaults';
import { fieldProblem, validateLetters } from '../../src/taskpane/views/settings-view';

/** The department's details as the form would save them, with one outgoing number typed in. */
const typed = (nextNumber: unknown) => ({ ...DEFAULT_SETTINGS, letters: { ...DEFAULT_LETTER_SETTINGS, numberPrefix: '01-19/', nextNumber } });

const said = (nextNumber: unknown) => validateLetters(typed(nextNumber)).map(fieldProblem);

describe('the outgoing number typed into the settings', () => {
  it.each([
    [2 ** 53, 'не больше 999\u00a0999\u00a0999'],
    [1e21, 'не больше 999\u00a0999\u00a0999'],
    [-5, 'не меньше 1'],
    [0, 'не меньше 1'],
    [214.5, 'целым'],
    [Number.NaN, 'числом'],
  ])('%p is refused beside «Следующий исходящий номер», in plain Russian', (value, words) => {
    const problems = said(value);
    expect(problems).toHaveLength(1);
    expect(problems[0].field?.label).toBe('Следующий исходящий номер');
    expect(problems[0].text).toMatch(/^Поле «Следующий исходящий номер»: следующий номер письма должен быть /);
    expect(problems[0].text).toContain(words);
    expect(problems[0].text).not.toMatch(/nextNumber|undefined|NaN/);
  });

  it('left empty, is asked for rather than quietly restarting the numbering at 1', () => {
    expect(said(null).map((p) => [p.field?.label, p.text])).toEqual([
      ['Следующий исходящий номер', 'Заполните поле «Следующий исходящий номер».'],
    ]);
  });

  it('within the journal’s range, is accepted', () => {
    expect(said(214)).toEqual([]);
    expect(said(999_999_999)).toEqual([]);
  });
});
