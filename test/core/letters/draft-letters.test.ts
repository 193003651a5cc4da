import { draftLetters } from '../../../src/core/letters/draft-letters';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { getPreset } from '../../../src/core/roadmap/presets';
import { REGISTRY, ROADMAP, aFinding, sampleFindings, sampleLetterSettings } from './letter-fixtures';

const NBSP = '\u00A0';
const plain = (text: string) => text.replace(/\u00A0/g, ' ');

function draft(findings = sampleFindings(), settings = sampleLetterSettings(), today = '2025-03-05'): LetterModel[] {
  return draftLetters({ findings, registry: REGISTRY, roadmap: ROADMAP, asOf: '2025-03-03', today, settings });
}

describe('drafting explanation requests', () => {
  it('writes one letter per school with findings, in registry order, skipping met and not-due results', () => {
    const letters = draft();
    expect(letters.map((l) => l.school)).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «Гимназия № 2 им. А.С. Пушкина»',
      'МБОУ Новоназимовская СОШ № 4',
    ]);
  });

  it('numbers letters from the settings with their prefix, one after another', () => {
    const letters = draftLetters({
      findings: sampleFindings(),
      registry: REGISTRY,
      roadmap: ROADMAP,
      asOf: '2025-03-03',
      today: '2025-03-05',
      settings: sampleLetterSettings(),
      firstNumber: 230,
    });
    expect(letters.map((l) => l.number)).toEqual(['01-19/230', '01-19/231', '01-19/232']);
    expect(draft().map((l) => l.number)).toEqual(['01-19/214', '01-19/215', '01-19/216']);
  });

  it('groups findings by roadmap item in the plan’s order and cites the items', () => {
    const [first] = draft();
    expect(first.items.map((i) => i.number)).toEqual(['2.2', '3.2']);
    expect(first.items[1].rows).toHaveLength(2);
    expect(plain(first.intro[0])).toBe(
      'По результатам мониторинга исполнения дорожной карты «Цифровая трансформация образования в Энском муниципальном округе на 2025 год» по состоянию на 03.03.2025 в МБОУ «СОШ № 1» выявлены нарушения по пунктам 2.2 и 3.2 (таблица).',
    );
    expect(first.intro[0]).toContain(`«СОШ №${NBSP}1»`);
    // The table holds the findings; the item's paragraph (for templates) says each once, without the plan's text.
    expect(first.items[1].text).toMatch(/^Пункт 3\.2: доля педагогов/);
    expect(first.items[1].text).not.toContain('предусматривает');
  });

  it('words a shortfall with the value, the target and the people missing', () => {
    const [first] = draft();
    expect(plain(first.items[1].rows[0].sentence)).toBe(
      'Доля педагогов, зарегистрированных во ФГИС «Моя школа» — 85,7 %, требуется 100 %: зарегистрировать ещё 3 педагогов.',
    );
    expect(plain(first.items[1].rows[1].comment)).toBe('вовлечь в активную работу ещё 6 педагогов');
  });

  it('sets the response deadline three working days after the letter date, over the May holidays', () => {
    const [first] = draft(sampleFindings(), sampleLetterSettings(), '2025-05-07');
    expect(first.deadline).toBe('2025-05-14');
    expect(first.request[0]).toContain('Прошу в срок до 14.05.2025 представить письменные объяснения');
    expect(first.request[0]).toContain('а также недостающие сведения');
  });

  it('writes dates in words when the department prefers «3 марта 2025 г.»', () => {
    const [first] = draft(sampleFindings(), sampleLetterSettings({ dateStyle: 'long' }), '2025-12-29');
    expect(first.deadline).toBe('2026-01-13');
    expect(first.deadlineText).toBe(`13${NBSP}января 2026${NBSP}г.`);
    expect(first.asOfText).toBe(`3${NBSP}марта 2025${NBSP}г.`);
    expect(first.dateText).not.toMatch(/["«]/);
  });

  it('warns a repeat offender and asks why earlier measures failed', () => {
    const [, second] = draft();
    expect(second.repeated).toBe(true);
    const item = second.items.find((i) => i.number === '3.2');
    expect(item?.repeated).toBe(true);
    expect(item?.rows[0].statusText).toBe('не выполнено повторно');
    expect(second.request[1]).toBe('По пункту 3.2 нарушения выявлены повторно: прошу пояснить, почему ранее принятые меры не дали результата.');
    // «повторно» once in the table for the item, once in the request.
    const all = [...second.intro, ...second.rows.map((r) => r.statusText), ...second.request].join(' ');
    expect(all.match(/повторно/g)).toHaveLength(2);
  });

  it('leaves out items without the footnote when the department asks for footnote items only', () => {
    const letters = draft(sampleFindings(), sampleLetterSettings({ footnoteItemsOnly: true }));
    expect(letters.flatMap((l) => l.items.map((i) => i.number))).not.toContain('3.4');
    expect(letters).toHaveLength(3);
    const onlyLate = draft(
      [aFinding({ schoolId: '6501000002', item: '3.4', status: 'late', value: '2025-02-17', deadline: '2025-02-14' })],
      sampleLetterSettings({ footnoteItemsOnly: true }),
    );
    expect(onlyLate).toEqual([]);
  });

  it('writes to «the head» of a school the registry has no director for', () => {
    const letters = draft([aFinding({ schoolId: '6501000005' })]);
    expect(letters[0].addressee.position).toBe('Руководителю');
    expect(letters[0].shortName).toBe('ООШ-с-Береговое');
  });

  it('gives a file-friendly short name to every school', () => {
    expect(draft().map((l) => l.shortName)).toEqual(['СОШ-1', 'Гимназия-2-им-А-С-Пушкина', 'Новоназимовская-СОШ-4']);
  });
});

describe('the letter date and the working-day calendar of the settings', () => {
  it('dates the letters by settings.letterDate and counts the reply period from it', () => {
    const [first] = draft(sampleFindings(), sampleLetterSettings({ letterDate: '2025-03-07' }), '2025-03-05');
    expect(first.date).toBe('2025-03-07');
    expect(first.dateText).toBe('07.03.2025');
    // Friday 7 March; 8 March (Saturday), 10, 11, 12 March.
    expect(first.deadline).toBe('2025-03-12');
  });

  it('counts over the January holidays of a year without a decree: 28.12.2026 + 5 → 13.01.2027', () => {
    const [first] = draft(sampleFindings(), sampleLetterSettings({ responseWorkingDays: 5 }), '2026-12-28');
    expect(first.deadline).toBe('2027-01-13');
    expect(first.request[0]).toContain('Прошу в срок до 13.01.2027');
  });

  it('takes the department’s own transfers', () => {
    const settings = sampleLetterSettings({ responseWorkingDays: 5, calendar: { daysOff: ['2027-01-11'], workingDays: [] } });
    expect(draft(sampleFindings(), settings, '2026-12-28')[0].deadline).toBe('2027-01-14');
  });
});

describe('the roadmap in the opening, named once', () => {
  it('a school-2023 letter to any school cites the plan without another school’s name', () => {
    const roadmap = getPreset('school-2023')!;
    const [letter] = draftLetters({
      findings: [aFinding({ item: '1', indicatorId: '1-internet-speed', indicator: 'Скорость сети Интернет', value: 12, target: 20, unit: 'Мбит/с', shortfall: null })],
      registry: REGISTRY,
      roadmap,
      asOf: '2023-12-05',
      today: '2023-12-06',
      settings: sampleLetterSettings(),
    });
    expect(plain(letter.intro[0])).toBe(
      'По результатам мониторинга исполнения дорожной карты по реализации проекта «Цифровая образовательная среда» на 2023 год по состоянию на 05.12.2023 в МБОУ «СОШ № 1» выявлены нарушения по пункту 1 (таблица).',
    );
    expect(JSON.stringify(letter)).not.toContain('Новоназимовская');
    expect(plain(letter.rows[0].comment)).toBe('повысить до 20 Мбит/с');
  });

  it('declines a title that says «план мероприятий («дорожная карта»)» instead of quoting it', () => {
    const [letter] = draftLetters({
      findings: sampleFindings().slice(0, 1),
      registry: REGISTRY,
      roadmap: getPreset('municipal-2025')!,
      asOf: '2025-03-03',
      today: '2025-03-05',
      settings: sampleLetterSettings(),
    });
    expect(plain(letter.intro[0])).toMatch(
      /^По результатам мониторинга исполнения муниципального плана мероприятий \(«дорожной карты»\) по достижению показателей национальной цели/,
    );
    expect(letter.intro[0].match(/дорожн/g)).toHaveLength(1);
  });
});
