import { wordStart } from './header-words';

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
  ['link', /связк[аи]|связан|связа([^а-я]|$)|связь (учетн|профил|аккаунт)|привяз|синхрониз|сопоставл/],
  ['sferum', /сферум/],
  ['fgis', /моя школа|фгис|(^|[^а-я])мш([^а-я]|$)/],
  // Enrolment applications are handled in РИС ЭШ: «зачисление» names that system, not «Мое образование».
  ['esh', /электронн\S* школ|(^|[^а-я])эш([^а-я]|$)|электронн\S* журнал|зачислени/],
  ['kp', /кадров\S* профил|(^|[^а-я])кп([^а-я]|$)/],
  ['moe', /мое образование|(^|[^а-я])моеобр/],
  ['bipp', /бипп|банк инновац/],
  ['social', /госпаблик|паблик|вконтакте|(^|[^а-я])вк([^а-я]|$)|соц\S* сет/],
  ['site', /сайт/],
];

export const PERCENT_CUE = /%|(^|[^а-я])дол[яиею]([^а-я]|$)|процент/;

const SUBJECT_WORDS = SUBJECT_PATTERNS.map(([s, p]): [Subject, RegExp] => [s, wordStart(p)]);
const SYSTEM_WORDS = SYSTEM_PATTERNS.map(([s, p]): [System, RegExp] => [s, wordStart(p)]);

export function subjectsIn(text: string): Set<Subject> {
  const found = new Set<Subject>();
  for (const [subject, pattern] of SUBJECT_WORDS) if (pattern.test(text)) found.add(subject);
  // «Чаты классов с родителями», «Уроки учителей»: the things counted, not the people named with them.
  if (found.has('chats')) return new Set<Subject>(['chats']);
  if (found.has('lessons')) return new Set<Subject>(['lessons']);
  return found;
}

/** A link between ЭШ and «Сферум» names both systems: the link is what the header is about. */
export function systemsIn(text: string): Set<System> {
  const found = new Set<System>();
  for (const [system, pattern] of SYSTEM_WORDS) if (pattern.test(text)) found.add(system);
  if (found.has('link')) return new Set<System>(['link']);
  return found;
}
