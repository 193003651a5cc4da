/**
 * Who and which system a header speaks of. Patterns run on folded text
 * (see fold-text.ts). JavaScript's `\b` does not know Cyrillic, so word edges
 * are spelled out as `(^|[^а-я])`.
 */
export type Subject = 'teachers' | 'students' | 'parents' | 'staff' | 'chats' | 'lessons';
export type System = 'fgis' | 'sferum' | 'link' | 'esh' | 'kp' | 'moe' | 'bipp' | 'social' | 'site';

const SUBJECT_PATTERNS: Array<[Subject, RegExp]> = [
  ['teachers', /педагог|учител|педработник|преподавател/],
  ['students', /обучающ|учащ|ученик|школьник|воспитанник/],
  ['parents', /родител|законн\S* представ/],
  ['staff', /сотрудник|работник|кадр|персонал/],
  ['chats', /(^|[^а-я])чат/],
  ['lessons', /урок/],
];

const SYSTEM_PATTERNS: Array<[System, RegExp]> = [
  ['link', /связк[аи]|связан|связь (учетн|профил|аккаунт)|привяз|синхрониз|сопоставл/],
  ['sferum', /сферум/],
  ['fgis', /моя школа|фгис|(^|[^а-я])мш([^а-я]|$)/],
  ['esh', /электронн\S* школ|(^|[^а-я])эш([^а-я]|$)/],
  ['kp', /кадров\S* профил|(^|[^а-я])кп([^а-я]|$)/],
  ['moe', /мое образование/],
  ['bipp', /бипп|банк инновац/],
  ['social', /госпаблик|паблик|вконтакте|(^|[^а-я])вк([^а-я]|$)|соц\S* сет/],
  ['site', /сайт/],
];

export const PERCENT_CUE = /%|(^|[^а-я])дол[яиею]([^а-я]|$)|процент/;

export function subjectsIn(text: string): Set<Subject> {
  const found = new Set<Subject>();
  for (const [subject, pattern] of SUBJECT_PATTERNS) if (pattern.test(text)) found.add(subject);
  return found;
}

/** A link between ЭШ and «Сферум» names both systems: the link is what the header is about. */
export function systemsIn(text: string): Set<System> {
  const found = new Set<System>();
  for (const [system, pattern] of SYSTEM_PATTERNS) if (pattern.test(text)) found.add(system);
  if (found.has('link')) return new Set<System>(['link']);
  return found;
}
