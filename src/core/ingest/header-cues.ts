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
  ['esh', /электронн\S* школ|(^|[^а-я])эш([^а-я]|$)|электронн\S* журнал|зачислени|прием\S* в (оо|школ|1)/],
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
  let thing: Subject | null = null;
  let thingAt = Infinity;
  let personAt = Infinity;
  for (const [subject, pattern] of SUBJECT_WORDS) {
    const at = text.search(pattern);
    if (at < 0) continue;
    found.add(subject);
    if (subject === 'chats' || subject === 'lessons') {
      if (at < thingAt) [thing, thingAt] = [subject, at];
    } else if (!text.startsWith('родительск', at)) personAt = Math.min(personAt, at);
  }
  // «Чаты классов с родителями», «Уроки учителей»: the thing named first is counted, not the people
  // named with it («родительские чаты» are chats); «Учителей, применяющих ЦОК на уроках» counts the teachers.
  if (thing !== null && thingAt < personAt) return new Set<Subject>([thing]);
  if (thing !== null) found.delete(thing);
  return found;
}

/** A link between ЭШ and «Сферум» names both systems: the link is what the header is about. */
export function systemsIn(text: string): Set<System> {
  const found = new Set<System>();
  for (const [system, pattern] of SYSTEM_WORDS) if (pattern.test(text)) found.add(system);
  if (found.has('link')) return new Set<System>(['link']);
  return found;
}
