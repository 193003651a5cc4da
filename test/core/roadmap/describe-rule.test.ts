import { describeRule } from '../../../src/core/roadmap/describe-rule';
import { getPreset } from '../../../src/core/roadmap/presets';

function ruleOf(roadmapId: string, indicatorId: string) {
  const indicator = getPreset(roadmapId)!
    .items.flatMap((i) => i.indicators)
    .find((i) => i.id === indicatorId)!;
  return indicator.rule;
}

describe('describeRule', () => {
  it('says each kind of rule of the presets in plain Russian', () => {
    expect(describeRule(ruleOf('municipal-2025', '3.2-teachers-active'))).toBe(
      'Педагогов — активных пользователей ФГИС «Моя школа» — не менее 90 % от показателя «Педагогов всего (по ОО-1)»',
    );
    expect(describeRule(ruleOf('municipal-2025', '2.4-lessons-without-mark'))).toBe('Уроков без отметки «Урок проведен» — ни одного (0)');
    expect(describeRule(ruleOf('municipal-2025', '5.3-posts-week'))).toBe(
      'Публикаций в неделю в госпаблике — не менее 3 (для флагманских — не менее 5)',
    );
    expect(describeRule(ruleOf('municipal-2025', '5.1-kp-matches-esh'))).toBe(
      'Заполненных карточек сотрудников в КП — столько же, сколько «Заполненных профилей сотрудников в ЭШ»',
    );
    expect(describeRule(ruleOf('municipal-2025', '2.3-report'))).toBe('Дата направления информации в УО (п. 2.3) — не позднее 07.02.2025');
    expect(describeRule(ruleOf('school-2023', '1-internet-speed'))).toBe('Скорость Интернета, Мбит/с — не менее 20 Мбит/с');
    expect(describeRule(ruleOf('school-2023', '9-schools-programs'))).toBe(
      'Заполнено: «ОО реализует программы с использованием ФГИС «Моя школа»» — не менее чем у 50 % ОО',
    );
    expect(describeRule(ruleOf('municipal-2025', '4.2-support-links'))).toBe(
      'Заполнено всё: «Ссылка на информацию о поддержке на сайте», «Ссылка на информацию о поддержке в «ВКонтакте»», ' +
        '«Информация о поддержке в родительских чатах»',
    );
  });

  it('writes a fractional threshold with a decimal comma', () => {
    expect(describeRule({ kind: 'share_at_least', numerator: 'chats_sferum', denominator: 'chats_total', target: 87.5 })).toBe(
      'Чатов в «Сферуме» — не менее 87,5 % от показателя «Чатов классов с родителями всего»',
    );
  });
});
