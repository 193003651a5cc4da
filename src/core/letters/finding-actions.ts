import { NounForms } from '../model/nouns';
import { Rule } from '../roadmap/schema';
import { countAccusative, countGenitive, countNominative } from './count-phrases';

/**
 * «Что сделать»: what the school has to do about a finding, as a verb and its object
 * («внести СНИЛС в 4 карточки обучающихся»), not what the data says. Known measures get their
 * own verb; any other gets the plain «довести до 100 %: не хватает 3 педагогов».
 */
type Phrase = (count: number, forms: NounForms) => string;

const owner = (count: number, one: string, many: string) => (count === 1 ? one : many);
const intoCards = (what: string, one: string, many: string): Phrase => (n, f) => `внести ${what} в ${countAccusative(n, f)} ${owner(n, one, many)}`;
const ID_DOC = 'сведения о документе, удостоверяющем личность,';

/** A count that must be 0: each counted thing is one to put right. */
const ZERO_ACTIONS: Record<string, Phrase> = {
  lessons_without_mark: (n, f) => `проставить отметку «Урок проведен» для ${countGenitive(n, f)}`,
  lessons_without_homework: (n, f) => `внести домашнее задание для ${countGenitive(n, f)}`,
  applications_overdue: (n, f) => `рассмотреть ${countAccusative(n, f)} о зачислении`,
  students_no_snils: intoCards('СНИЛС', 'обучающегося', 'обучающихся'),
  students_no_id_doc: intoCards(ID_DOC, 'обучающегося', 'обучающихся'),
  students_no_parents: intoCards('сведения о родителях', 'обучающегося', 'обучающихся'),
  parents_no_snils: intoCards('СНИЛС', 'родителя', 'родителей'),
  parents_no_id_doc: intoCards(ID_DOC, 'родителя', 'родителей'),
  staff_no_id_doc: (n, f) => `внести ${ID_DOC.replace(/,$/, '')} для ${countGenitive(n, f)}`,
  staff_no_education_doc: (n, f) => `внести сведения об образовании для ${countGenitive(n, f)}`,
  teachers_no_courses: (n, f) => `внести сведения о курсах повышения квалификации для ${countGenitive(n, f)}`,
  equipment_unused: (n, f) => `ввести в работу ${countAccusative(n, f)} оборудования`,
  equipment_faulty: (n, f) => `отремонтировать или заменить ${countAccusative(n, f)} оборудования`,
};

/** A share short of its target, by its numerator: the people (or things) still to bring in. */
function shareAction(numerator: string): Phrase | null {
  if (numerator === 'chats_sferum') return (n, f) => `перевести в ИКОП «Сферум» ещё ${countAccusative(n, f)}`;
  if (numerator.endsWith('_linked')) return (n, f) => `связать профили в РИС ЭШ и ИКОП «Сферум» ещё для ${countGenitive(n, f)}`;
  if (numerator.endsWith('_registered')) return (n, f) => `зарегистрировать ещё ${countAccusative(n, f)}`;
  if (/_(active|cok|calls)$/.test(numerator)) return (n, f) => `вовлечь в активную работу ещё ${countAccusative(n, f)}`;
  if (numerator === 'lessons_with_homework') return (n, f) => `внести домашнее задание ещё для ${countGenitive(n, f)}`;
  if (numerator === 'students_cop') return (n, f) => `сформировать ЦОП/ИОП ещё для ${countGenitive(n, f)}`;
  if (numerator === 'students_portfolio_filled') return (n, f) => `заполнить портфолио ещё для ${countGenitive(n, f)}`;
  if (numerator === 'teachers_trained_cos') return (n, f) => `обучить ещё ${countAccusative(n, f)}`;
  return null;
}

/** A count that must reach n. */
const AT_LEAST_ACTIONS: Record<string, Phrase> = {
  rmo_count: (n, f) => `провести ещё ${countAccusative(n, f)} РМО`,
  moe_events: (n, f) => `провести ещё ${countAccusative(n, f)}`,
  bipp_practices: (n, f) => `разместить ещё ${countAccusative(n, f)}`,
  parent_meetings_entered: (n, f) => `внести ещё ${countAccusative(n, f)}`,
  class_hours_entered: (n, f) => `внести ещё ${countAccusative(n, f)}`,
};

export interface Shortfall {
  count: number;
  noun: NounForms | null;
}

/** The action for a not-met indicator; `targetText` is the target as printed («100 %», «20 Мбит/с»). */
export function notMetAction(rule: Rule | null, shortfall: Shortfall | null, targetText: string, above: boolean): string {
  const count = shortfall && shortfall.count > 0 ? shortfall.count : null;
  const forms = shortfall?.noun ?? null;
  const counted = (phrase: Phrase | null | undefined) => (phrase && count !== null && forms ? phrase(count, forms) : null);
  switch (rule?.kind) {
    case 'count_zero':
      return counted(ZERO_ACTIONS[rule.measure]) ?? `довести до 0${count !== null && forms ? ` (сейчас ${countNominative(count, forms)})` : ''}`;
    case 'share_at_least':
      return counted(shareAction(rule.numerator)) ?? fallback(count, forms, targetText);
    case 'count_at_least':
      return counted(AT_LEAST_ACTIONS[rule.measure]) ?? fallback(count, forms, targetText);
    case 'counts_equal':
      return `устранить расхождение${count !== null ? `: ${forms ? countNominative(count, forms) : count}` : ''}`;
    case 'value_at_least':
      return `повысить до ${targetText}`;
    case 'complete':
      return count !== null && forms ? `заполнить ${countAccusative(count, forms)}` : 'заполнить сведения полностью';
    default:
      // A rule this wording does not know (a finding made elsewhere): judged by the numbers.
      if (above) return count !== null && forms ? `устранить: ${countNominative(count, forms)}` : `довести до ${targetText}`;
      return fallback(count, forms, targetText);
  }
}

function fallback(count: number | null, forms: NounForms | null, targetText: string): string {
  if (count === null) return `довести до ${targetText}`;
  return `довести до ${targetText}: не хватает ${forms ? countGenitive(count, forms) : count}`;
}
