import { MeasureId } from '../model/measures';
import { Subject, System } from './header-cues';
import { wordStart } from './header-words';

/**
 * How each measure shows in a header. Russian exports have no fixed layout, so
 * a measure is recognised by words (`cues`, all of which must be in the column's
 * own header or its parent) and by context: whom the header speaks of (the
 * nearest subject: the column, then its parent, then the titles) and which
 * system (the nearest system mention, down to the sheet name). The same word
 * «зарегистрированы» thus lands on ФГИС МШ or «Сферум» by its context.
 */
export interface MeasureSignature {
  measure: MeasureId;
  subject?: Subject;
  system?: System;
  cues: RegExp[];
  /** None of these may be in the header («не зарегистрированы» is not «зарегистрированы»). */
  not?: RegExp[];
  /** A share column («доля …, %»). Columns that speak of shares map only to share measures. */
  percent?: boolean;
  /** Only when the header speaks of no people («ОО зарегистрирована»). */
  noPeople?: boolean;
  /** A further test on the column's own words (as header-words.ts reads them). */
  when?: (own: string) => boolean;
}

const REG = /зарегистр|регистрац/;
const NOT_REG = /не зарегистр|незарегистр|без регистрац/;
const ACTIVE = /актив|использ/;
const COK = /цок|контент/;
const TOTAL = /всего|численност|оо-1|оо 1|списочн|общее (кол|числ)|по штату|контингент|количеств|(^|[^а-я])число/;
const LINKED = /связк[аи]|связан|связа([^а-я]|$)|связь (учетн|профил|аккаунт)|привяз|синхрониз|сопоставл/;
const NOT_LINKED = /не (связ|привяз|синхрониз)|несвяз|без связ|без привяз/;
const WITHOUT = /без |отсутств|не указан|не заполн|нет /;
const ID_DOC = /удостовер|(^|[^а-я])удл([^а-я]|$)|паспорт|свидетельств\S* о рожд|документ\S* личност/;
const SNILS = /снилс/;
const SUPPORT = /поддержк|техподдерж|горяч\S* лини|обратн\S* связ/;
const SOCIAL = /госпаблик|паблик|сообществ|вконтакте|(^|[^а-я])вк([^а-я]|$)|страниц/;
const APPLICATION = /заяв(к|ок|лени)/;
const SPENT = /потрач|затрат|расход|сумм|руб|стоимост/;

const people = (
  who: 'teachers' | 'students' | 'parents',
  system: System,
  measures: { registered?: string; active?: string; registeredPct?: string; activePct?: string },
): MeasureSignature[] => {
  const out: MeasureSignature[] = [];
  if (measures.registered)
    out.push({ measure: measures.registered, subject: who, system, cues: [REG], not: [NOT_REG, ACTIVE, COK, LINKED] });
  // Only teachers have a separate ЦОК count; for students «используют сервисы и ЦОК» is what active means.
  const notActive = who === 'teachers' ? [COK, /звон/] : [/звон/];
  if (measures.active) out.push({ measure: measures.active, subject: who, system, cues: [ACTIVE], not: notActive });
  if (measures.registeredPct)
    out.push({ measure: measures.registeredPct, subject: who, system, cues: [REG], not: [NOT_REG, ACTIVE], percent: true });
  if (measures.activePct) out.push({ measure: measures.activePct, subject: who, system, cues: [ACTIVE], percent: true });
  // «Доля педагогов в Сферуме, %»: a share of people «in» a system is a share registered in it.
  if (measures.registeredPct)
    out.push({
      measure: measures.registeredPct,
      subject: who,
      system,
      cues: [],
      not: [REG, ACTIVE, COK, LINKED, /звон|сообщени/],
      percent: true,
    });
  return out;
};

/** Words that say «how many» and of whom, and nothing else: «Количество педагогических работников, чел.». */
const BARE_COUNT_WORD =
  /^(количеств\S*|числ\S*|человек|штук|единиц|педагог\S*|учител\S*|педагогическ\S*|работник\S*|обучающ\S*|учащ\S*|ученик\S*|школьник\S*|воспитанник\S*|родител\S*|законн\S*|представител\S*|в|по|оо|образовательн\S*|организаци\S*|[^а-яa-z0-9]+)$/;
const COUNT_WORD = /^(количеств|числ)/;
const STRONG_TOTAL = wordStart(/всего|численност|оо-1|оо 1|списочн|общее (кол|числ)|по штату|контингент/);

/** A headcount: «всего», «численность», «по ОО-1» — or a bare «Количество педагогов». */
export function isTotalHeader(own: string): boolean {
  const words = own.split(' ~ ')[0];
  if (STRONG_TOTAL.test(words)) return true;
  // «Педагоги» alone is no headcount: under a link title it is the people linked.
  const list = words.split(' ');
  return list.some((w) => COUNT_WORD.test(w)) && list.every((w) => BARE_COUNT_WORD.test(w));
}

const totals = (who: 'teachers' | 'students' | 'parents', measure: string): MeasureSignature => ({
  measure,
  subject: who,
  cues: [TOTAL],
  when: isTotalHeader,
  not: [REG, ACTIVE, COK, LINKED, WITHOUT, /курс|квалифик|прошл|прошед|обучен|портфолио|(^|[^а-я])(цоп|иоп)|звон|сообщени|аттест|ваканс/],
});

export const SIGNATURES: readonly MeasureSignature[] = [
  totals('teachers', 'teachers_total'),
  totals('students', 'students_total'),
  totals('parents', 'parents_total'),

  ...people('teachers', 'fgis', {
    registered: 'teachers_fgis_registered',
    active: 'teachers_fgis_active',
    registeredPct: 'teachers_fgis_registered_pct',
    activePct: 'teachers_fgis_active_pct',
  }),
  // ЦОК is the content library of ФГИС «Моя школа»: the word names the system too.
  { measure: 'teachers_fgis_cok', subject: 'teachers', cues: [COK] },
  ...people('students', 'fgis', {
    registered: 'students_fgis_registered',
    active: 'students_fgis_active',
    registeredPct: 'students_fgis_registered_pct',
    activePct: 'students_fgis_active_pct',
  }),
  ...people('parents', 'fgis', { registered: 'parents_fgis_registered', active: 'parents_fgis_active' }),
  {
    measure: 'students_cop',
    subject: 'students',
    cues: [/(^|[^а-я])(цоп|иоп)([^а-я]|$)|цифров\S* профил|индивидуальн\S* (образоват|учеб)/],
  },
  {
    measure: 'school_fgis_registered',
    system: 'fgis',
    cues: [/зарегистрирована([^а-я]|$)|регистрац\S* (оо|организац|школ)/],
    noPeople: true,
  },
  { measure: 'school_fgis_programs', system: 'fgis', cues: [/программ/], noPeople: true },

  ...people('teachers', 'sferum', {
    registered: 'teachers_sferum_registered',
    registeredPct: 'teachers_sferum_registered_pct',
    activePct: 'teachers_sferum_active_pct',
  }),
  { measure: 'teachers_sferum_active', subject: 'teachers', system: 'sferum', cues: [/актив|сообщени/], not: [/звон/, /средн/] },
  {
    measure: 'teachers_sferum_messages_week',
    system: 'sferum',
    cues: [/сообщени/, /средн|на (одного |1 )?(педагог|учител)/],
  },
  { measure: 'teachers_sferum_calls', subject: 'teachers', system: 'sferum', cues: [/звон|видеосвяз|конференц/] },
  ...people('students', 'sferum', { registered: 'students_sferum_registered', registeredPct: 'students_sferum_registered_pct' }),
  { measure: 'chats_total', subject: 'chats', cues: [/всего|количество|общее/], not: [/сферум|из них/] },
  { measure: 'chats_sferum', subject: 'chats', system: 'sferum', cues: [/сферум|из них|переведен|создан/] },

  // The link sheet often says «связка» only in its title and «педагоги» over the column.
  // «не связанных» is the complement, not the people linked.
  { measure: 'teachers_linked', subject: 'teachers', system: 'link', cues: [], not: [REG, NOT_LINKED], when: (own) => !isTotalHeader(own) },
  { measure: 'students_linked', subject: 'students', system: 'link', cues: [], not: [REG, NOT_LINKED], when: (own) => !isTotalHeader(own) },

  { measure: 'mb_location', cues: [/географ|местоположен|расположени/] },
  { measure: 'mb_rooms', cues: [/аудиторн|кабинет|помещени/], not: [/длин|ширин|размер|площад|температур|оборудован|оснащ/] },
  { measure: 'mb_room_size', cues: [/длин|ширин|размер|площад/] },
  { measure: 'mb_room_temperature', cues: [/температур/] },
  { measure: 'mb_room_equipment', cues: [/оснащ|оборудован/], not: [/не использ|неиспольз|неисправ|устарев|устарел|простаив|единиц/] },
  { measure: 'schedule_current', cues: [/расписани/] },
  {
    measure: 'lessons_total',
    subject: 'lessons',
    cues: [/всего|количество|число/],
    not: [/без|не отмеч|не стоит|не проставл|отметк|домашн|(^|[^а-я])д\/?з([^а-я]|$)|задани/],
  },
  {
    measure: 'lessons_without_mark',
    subject: 'lessons',
    cues: [/без отмет|не отмеч|без пометк|отсутств\S* отметк|не проставл|не стоит отметк|нет отметк|не проведен/],
  },
  { measure: 'lessons_with_homework', subject: 'lessons', cues: [/домашн|(^|[^а-я])д\/?з([^а-я]|$)/], not: [/без |не задан|отсутств/] },
  {
    measure: 'lessons_without_homework',
    subject: 'lessons',
    cues: [/без (домашн|д\/?з([^а-я]|$))|не задан|(отсутств|нет)\S* (домашн|д\/?з([^а-я]|$))/],
  },
  { measure: 'applications_overdue', cues: [APPLICATION, /просроч|наруш|сверх\S* срок|истек|не соответств|несоответств/] },
  { measure: 'students_no_id_doc', subject: 'students', cues: [WITHOUT, ID_DOC] },
  { measure: 'students_no_snils', subject: 'students', cues: [WITHOUT, SNILS] },
  // The parents are what the card lacks, so the header names them and may not name the students at all.
  {
    measure: 'students_no_parents',
    cues: [/(без|отсутству\S*|нет|не указан\S*|не заполнен\S*)( сведени\S*| данных| информаци\S*)?( о| об)? (родител|законн\S* представ)/],
    not: [SNILS, ID_DOC],
  },
  { measure: 'parents_no_id_doc', subject: 'parents', cues: [WITHOUT, ID_DOC] },
  { measure: 'parents_no_snils', subject: 'parents', cues: [WITHOUT, SNILS] },
  { measure: 'students_portfolio_filled', subject: 'students', cues: [/портфолио/], not: [WITHOUT] },
  { measure: 'parent_meetings_entered', cues: [/родительск\S* собрани/] },
  { measure: 'class_hours_entered', cues: [/классн\S* час/] },
  { measure: 'staff_no_id_doc', subject: 'staff', cues: [WITHOUT, ID_DOC] },
  { measure: 'staff_no_education_doc', subject: 'staff', cues: [WITHOUT, /об образовани|документ\S* об обр|диплом/], not: [ID_DOC] },
  { measure: 'teachers_no_courses', subject: 'teachers', cues: [WITHOUT, /курс|повышени\S* квалиф|(^|[^а-я])кпк([^а-я]|$)/] },
  { measure: 'equipment_unused', cues: [/оборудован/, /не использ|неиспольз|простаив/] },
  { measure: 'equipment_faulty', cues: [/оборудован/, /неисправ|устарев|устарел|сломан/] },

  { measure: 'report_halfyear', cues: [/полугод/, /отчет|дата/] },
  { measure: 'support_links_site', cues: [SUPPORT, /сайт/] },
  { measure: 'support_links_vk', cues: [SUPPORT, SOCIAL] },
  { measure: 'support_links_chats', cues: [SUPPORT, /(^|[^а-я])чат/] },
  { measure: 'kp_staff_cards', cues: [/карточ/, /(^|[^а-я])кп([^а-я]|$)|кадров\S* профил/] },
  { measure: 'esh_staff_profiles', cues: [/профил/, /(^|[^а-я])эш([^а-я]|$)|электронн\S* школ/], not: [/сферум/, LINKED] },
  { measure: 'site_updated', cues: [/сайт/, /актуализ|обновл|соответств/], not: [SUPPORT] },
  // The parts of an official page: the sheet or its title says whose page it is.
  { measure: 'social_name', system: 'social', cues: [/назван|наименовани/], not: [/краткое|полное|сокращенн/] },
  { measure: 'social_contacts', system: 'social', cues: [/контакт/], not: [SUPPORT] },
  { measure: 'social_cover', system: 'social', cues: [/обложк/] },
  { measure: 'social_logo', system: 'social', cues: [/логотип|аватар/] },
  { measure: 'social_posts_week', cues: [/публикац|постов|(^|[^а-я])пост([^а-я]|$)/, /недел/] },
  { measure: 'moe_events', system: 'moe', cues: [/мероприят|событи/], not: [APPLICATION] },
  // «Заявок на 1 мероприятие» is a ratio of the two, not the number of applications.
  { measure: 'moe_applications', system: 'moe', cues: [APPLICATION], not: [/на (1|одно|одного|каждое) мероприят|средн/] },
  { measure: 'software_spent', cues: [/программн\S* обеспечен|(^|[^а-я])по([^а-я]|$)/, SPENT], not: [/отечествен|российск/] },
  { measure: 'software_domestic_spent', cues: [/отечествен|российск/, SPENT] },
  // «Название практики» names one practice; the count is what 5.6 checks.
  { measure: 'bipp_practices', system: 'bipp', cues: [/практик/], not: [/назван|наименовани|тема|автор|ссылк/] },
  { measure: 'internet_speed', cues: [/скорост|мбит/] },
  {
    measure: 'teachers_trained_cos',
    subject: 'teachers',
    cues: [/повышени\S* квалиф|прошли обучени|прошедш|обучен|курс/, /(^|[^а-я])цос([^а-я]|$)|цифров/],
    not: [WITHOUT],
  },
  { measure: 'rmo_count', cues: [/(^|[^а-я])рмо([^а-я]|$)|методическ\S* объединени/] },
];

/** «Дата направления информации в УО (п. 2.6)»: the roadmap item a report column answers. */
const ITEM_NUMBER =
  /(?:(?:^|[^а-я])пп?\.|пункт[уа]?|(?:^|[^а-я])п(?=\s*\d))\s*(\d{1,2}\.\d{1,2})|\((\d{1,2}\.\d{1,2})\)|^(\d{1,2}\.\d{1,2})\.?\s/;
export const REPORT_CUE = /дата|направлен|представлен|предоставлен|информац|отчет|срок/;

export function itemNumberIn(text: string): string | null {
  const m = ITEM_NUMBER.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}
