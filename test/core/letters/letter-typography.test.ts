import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { demoLetters, letterAsText, letterTexts } from './sample-letters';

/**
 * The typographic and wording rules of a letter a records clerk signs without editing, checked
 * over every text of every letter the bundled sample drafts: the next wording cannot regress.
 */
const NBSP = '\u00A0';

type Rule = [string, (l: LetterModel, texts: string[]) => string[]];

const offending = (texts: string[], pattern: RegExp) => texts.filter((t) => pattern.test(t));
/** The texts the school reads as prose and table: not the department's contacts or phones. */
const prose = (l: LetterModel) => [...l.intro, ...l.rows.flatMap((r) => [r.indicator, r.statusText, r.value, r.target, r.comment]), ...l.request];

const RULES: Rule[] = [
  ['a no-break space after «№»', (_, t) => offending(t, /№(?!\u00A0)/)],
  ['a no-break space after «п.», «им.», «с.», «д.», «г.», «ул.»', (_, t) => offending(t, /(^|[\s«(])(п|им|с|д|г|ул|пос)\. /)],
  ['initials kept with each other and with the surname', (_, t) => offending(t, /[А-ЯЁ]\.[ ]?[А-ЯЁ]\. [А-ЯЁ]|[А-ЯЁ]\. [А-ЯЁ]\./)],
  ['a no-break space before «%»', (_, t) => offending(t, /(\d%|\d %)/)],
  ['a number and its unit kept together', (l) => offending(prose(l), /\d (Мбит|рабоч|%)/)],
  ['thousands grouped in numbers of five digits or more', (l) => offending(prose(l), /(?<![\d.,/-])\d{5,}(?![\d.])/)],
  ['«в ИКОП», «в РИС», never «во ИКОП»', (_, t) => offending(t, /\bво (ИКОП|РИС|ЭШ)/)],
  ['no capital after a colon inside a sentence', (l) => offending(prose(l), /: [А-ЯЁ][а-яё]/)],
  ['no second colon in one clause', (l) => offending(prose(l), /:[^.;]*:/)],
  ['no double spaces, no space before punctuation', (_, t) => offending(t, /( {2}|\s[,.;:!?)])/)],
  ['fill cards in, never «устранить: N карточки»', (l) => offending(prose(l), /устранить:|\b1 карточка\b|\b1 заявление\b(?! о)/)],
  ['lateness in working days, the unit named', (l) => l.rows.filter((r) => r.status === 'late' && !/(на \d+\u00A0рабоч(ий|их) д(ень|ня|ней)|, в нерабочий день после срока)$/.test(r.statusText)).map((r) => r.statusText)],
  ['the roadmap named once', (l) => (l.intro.join(' ').match(/дорожн/g) ?? []).length > 1 ? l.intro : []],
  ['no internal detail (sheets, tables, column labels)', (l) => offending(prose(l), /(таблиц[еыa] «|больше, чем «|нет данных:|организации нет)/)],
  ['statuses in their own column, not glued to the indicator', (l) => offending(prose(l), /\((не выполнено|нет данных|представлено|повторно)/)],
  ['statuses in lower case', (l) => l.rows.filter((r) => r.statusText !== r.statusText.toLowerCase()).map((r) => r.statusText)],
  ['«повторно» once per item and once in the request, never for a report', (l) => {
    const problems: string[] = [];
    for (const item of l.items) {
      const count = item.rows.filter((r) => r.statusText.includes('повторно')).length;
      if (count > 1) problems.push(`${item.number}: ${count}`);
      if (item.rows.some((r) => r.statusText.includes('повторно') && (r.status === 'late' || r.status === 'missing'))) problems.push(item.number);
    }
    if ((l.request.join(' ').match(/повторно/g) ?? []).length > 1) problems.push('request');
    return problems;
  }],
  ['each finding said once: no item paragraph quoting the plan', (l) => offending(l.intro, /предусматривает|По данным мониторинга/)],
  ['the school of another roadmap never named', (_, t) => offending(t, /Новоназимовская/)],
  ['the title starts «О» and has no full stop', (l) => (/^О .*[^.]$/.test(l.title) ? [] : [l.title])],
];

describe('every sample letter follows the rules of an official letter', () => {
  let letters: LetterModel[];
  beforeAll(async () => {
    letters = await demoLetters();
  });

  it('has the sample’s 17 letters', () => {
    expect(letters).toHaveLength(17);
    expect(RULES.length).toBeGreaterThanOrEqual(16);
  });

  it.each(RULES)('%s', (_, check) => {
    const problems = letters.flatMap((l) => check(l, letterTexts(l)).map((p) => `${l.school}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('keeps «А.С. Пушкина» and «№ 3» unbroken in the school’s name', () => {
    const lyceum = letters.find((l) => l.school.includes('Пушкина'))!;
    expect(lyceum.addressee.school).toContain(`№${NBSP}3 им.${NBSP}А.С.${NBSP}Пушкина`);
  });
});

describe('the golden text of the sample letters (reviewed as a records clerk reads them)', () => {
  const GOLDEN = join(__dirname, 'golden', 'letters.txt');

  it('is unchanged (UPDATE_GOLDEN=1 rewrites it after a reviewed change)', async () => {
    const letters = await demoLetters();
    // The first three, and every letter with missing or impossible data: each kind of finding is in the file.
    const shown = letters.filter((l, i) => i < 3 || l.rows.some((r) => r.status === 'no_data' || r.status === 'data_error'));
    const text = shown.map(letterAsText).join('\n');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
