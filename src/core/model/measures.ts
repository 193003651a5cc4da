import { NounForms, noun } from './nouns';

/**
 * The measures a monitoring workbook can carry, one per column kind. Roadmap
 * rules refer to them by id; ingestion maps columns onto them; evaluation
 * reads their typed values. A roadmap loaded from JSON may only use these ids.
 */
export type MeasureType =
  /** A headcount or a number of things: integer ≥ 0. */
  | 'count'
  /** A share given directly as a percentage (85,7 % / 0,857). */
  | 'percent'
  /** Any other number, fractions allowed: averages and rates (публикаций в неделю, Мбит/с), рубли. */
  | 'number'
  /** A date (report sent on …). */
  | 'date'
  /** Yes/no: «да», «+», «заполнено», 1. */
  | 'flag';

/** Which system a measure belongs to: the context that tells «зарегистрированы» apart. */
export type MeasureSystem = 'oo1' | 'fgis' | 'sferum' | 'esh' | 'link' | 'kp' | 'site' | 'social' | 'moe' | 'bipp' | 'report' | 'other';

export interface MeasureDef {
  id: string;
  /** Short Russian column-like label, used in summary sheets and mapping views. */
  label: string;
  type: MeasureType;
  system: MeasureSystem;
  /** What a count counts, for «не хватает 3 педагогов». */
  noun?: NounForms;
  unit?: string;
}

const TEACHER = noun('педагог', 'педагога', 'педагогов', 'педагога', 'педагогов');
const STUDENT = noun('обучающийся', 'обучающихся', 'обучающихся', 'обучающегося', 'обучающихся');
const PARENT = noun('родитель', 'родителя', 'родителей', 'родителя', 'родителей');
const CHAT = noun('чат', 'чата', 'чатов', 'чата', 'чатов');
const LESSON = noun('урок', 'урока', 'уроков', 'урока', 'уроков');
const APPLICATION = noun('заявление', 'заявления', 'заявлений', 'заявления', 'заявлений');
const CARD = noun('карточка', 'карточки', 'карточек', 'карточки', 'карточек');
const EMPLOYEE = noun('сотрудник', 'сотрудника', 'сотрудников', 'сотрудника', 'сотрудников');
const UNIT = noun('единица', 'единицы', 'единиц', 'единицы', 'единиц');
const EVENT = noun('мероприятие', 'мероприятия', 'мероприятий', 'мероприятия', 'мероприятий');
const POST = noun('публикация', 'публикации', 'публикаций', 'публикации', 'публикаций');
const PRACTICE = noun('практика', 'практики', 'практик', 'практики', 'практик');
const MEETING = noun('заседание', 'заседания', 'заседаний', 'заседания', 'заседаний');
const RECORD = noun('запись', 'записи', 'записей', 'записи', 'записей');

function m(id: string, label: string, type: MeasureType, system: MeasureSystem, extra: Partial<MeasureDef> = {}): MeasureDef {
  return { id, label, type, system, ...extra };
}

export const MEASURES: readonly MeasureDef[] = [
  // Headcounts by ОО-1: the denominators.
  m('teachers_total', 'Педагогов всего (по ОО-1)', 'count', 'oo1', { noun: TEACHER }),
  m('students_total', 'Обучающихся всего (по ОО-1)', 'count', 'oo1', { noun: STUDENT }),
  m('parents_total', 'Родителей (законных представителей) всего', 'count', 'oo1', { noun: PARENT }),

  // ФГИС «Моя школа».
  m('teachers_fgis_registered', 'Педагогов зарегистрировано во ФГИС «Моя школа»', 'count', 'fgis', { noun: TEACHER }),
  m('teachers_fgis_active', 'Педагогов — активных пользователей ФГИС «Моя школа»', 'count', 'fgis', { noun: TEACHER }),
  m('teachers_fgis_cok', 'Педагогов, использующих ЦОК', 'count', 'fgis', { noun: TEACHER }),
  m('teachers_fgis_registered_pct', 'Доля педагогов, зарегистрированных во ФГИС «Моя школа», %', 'percent', 'fgis'),
  m('teachers_fgis_active_pct', 'Доля активных педагогов во ФГИС «Моя школа», %', 'percent', 'fgis'),
  m('students_fgis_registered', 'Обучающихся зарегистрировано во ФГИС «Моя школа»', 'count', 'fgis', { noun: STUDENT }),
  m('students_fgis_active', 'Обучающихся — активных пользователей ФГИС «Моя школа»', 'count', 'fgis', { noun: STUDENT }),
  m('students_fgis_registered_pct', 'Доля обучающихся, зарегистрированных во ФГИС «Моя школа», %', 'percent', 'fgis'),
  m('students_fgis_active_pct', 'Доля активных обучающихся во ФГИС «Моя школа», %', 'percent', 'fgis'),
  m('parents_fgis_registered', 'Родителей зарегистрировано во ФГИС «Моя школа»', 'count', 'fgis', { noun: PARENT }),
  m('parents_fgis_active', 'Родителей, использующих ФГИС «Моя школа»', 'count', 'fgis', { noun: PARENT }),
  m('students_cop', 'Обучающихся со сформированным ЦОП/ИОП', 'count', 'fgis', { noun: STUDENT }),
  m('school_fgis_registered', 'ОО зарегистрирована во ФГИС «Моя школа»', 'flag', 'fgis'),
  m('school_fgis_programs', 'ОО реализует программы с использованием ФГИС «Моя школа»', 'flag', 'fgis'),

  // ИКОП «Сферум».
  m('teachers_sferum_registered', 'Педагогов зарегистрировано в «Сферуме»', 'count', 'sferum', { noun: TEACHER }),
  m('teachers_sferum_active', 'Педагогов, активно использующих «Сферум» (≥ 10 сообщений в неделю)', 'count', 'sferum', { noun: TEACHER }),
  m('teachers_sferum_calls', 'Педагогов, совершивших звонки в «Сферуме»', 'count', 'sferum', { noun: TEACHER }),
  m('teachers_sferum_registered_pct', 'Доля педагогов, зарегистрированных в «Сферуме», %', 'percent', 'sferum'),
  m('teachers_sferum_active_pct', 'Доля активных педагогов в «Сферуме», %', 'percent', 'sferum'),
  m('students_sferum_registered', 'Обучающихся зарегистрировано в «Сферуме»', 'count', 'sferum', { noun: STUDENT }),
  m('students_sferum_registered_pct', 'Доля обучающихся, зарегистрированных в «Сферуме», %', 'percent', 'sferum'),
  m('teachers_sferum_messages_week', 'Сообщений в неделю на педагога в «Сферуме» (в среднем)', 'number', 'sferum'),
  m('chats_total', 'Чатов классов с родителями всего', 'count', 'sferum', { noun: CHAT }),
  m('chats_sferum', 'Чатов в «Сферуме»', 'count', 'sferum', { noun: CHAT }),

  // Связка РИС ЭШ ↔ «Сферум».
  m('teachers_linked', 'Педагогов со связанными профилями РИС ЭШ и «Сферум»', 'count', 'link', { noun: TEACHER }),
  m('students_linked', 'Обучающихся со связанными профилями РИС ЭШ и «Сферум»', 'count', 'link', { noun: STUDENT }),

  // РИС «Электронная школа».
  m('mb_location', 'Материальная база: географическое положение', 'flag', 'esh'),
  m('mb_rooms', 'Материальная база: аудиторный фонд', 'flag', 'esh'),
  m('mb_room_size', 'Материальная база: длина и ширина кабинетов', 'flag', 'esh'),
  m('mb_room_temperature', 'Материальная база: температура', 'flag', 'esh'),
  m('mb_room_equipment', 'Материальная база: оборудование', 'flag', 'esh'),
  m('schedule_current', 'Расписание актуально', 'flag', 'esh'),
  m('lessons_total', 'Уроков всего', 'count', 'esh', { noun: LESSON }),
  m('lessons_without_mark', 'Уроков без отметки «Урок проведен»', 'count', 'esh', { noun: LESSON }),
  m('lessons_with_homework', 'Уроков с домашним заданием', 'count', 'esh', { noun: LESSON }),
  m('lessons_without_homework', 'Уроков без домашнего задания', 'count', 'esh', { noun: LESSON }),
  m('applications_overdue', 'Заявлений о зачислении с нарушением сроков', 'count', 'esh', { noun: APPLICATION }),
  m('students_no_id_doc', 'Карточек обучающихся без документа, удостоверяющего личность', 'count', 'esh', { noun: CARD }),
  m('students_no_snils', 'Карточек обучающихся без СНИЛС', 'count', 'esh', { noun: CARD }),
  m('students_no_parents', 'Карточек обучающихся без сведений о родителях', 'count', 'esh', { noun: CARD }),
  m('parents_no_id_doc', 'Карточек родителей без документа, удостоверяющего личность', 'count', 'esh', { noun: CARD }),
  m('parents_no_snils', 'Карточек родителей без СНИЛС', 'count', 'esh', { noun: CARD }),
  m('students_portfolio_filled', 'Обучающихся с заполненным портфолио', 'count', 'esh', { noun: STUDENT }),
  m('parent_meetings_entered', 'Родительских собраний внесено', 'count', 'esh', { noun: RECORD }),
  m('class_hours_entered', 'Классных часов внесено', 'count', 'esh', { noun: RECORD }),
  m('staff_no_id_doc', 'Сотрудников без документа, удостоверяющего личность', 'count', 'esh', { noun: EMPLOYEE }),
  m('staff_no_education_doc', 'Сотрудников без документов об образовании', 'count', 'esh', { noun: EMPLOYEE }),
  m('teachers_no_courses', 'Педагогов без сведений о курсах за последние 3 года', 'count', 'esh', { noun: TEACHER }),
  m('equipment_unused', 'Единиц оборудования ЦОС не используется', 'count', 'other', { noun: UNIT }),
  m('equipment_faulty', 'Единиц оборудования ЦОС неисправно или устарело', 'count', 'other', { noun: UNIT }),

  // Reports schools send to the УО by a deadline: the date they were sent.
  m('report_2_3', 'Дата направления информации в УО (п. 2.3)', 'date', 'report'),
  m('report_2_6', 'Дата направления информации в УО (п. 2.6)', 'date', 'report'),
  m('report_3_1', 'Дата направления информации в УО (п. 3.1)', 'date', 'report'),
  m('report_3_4', 'Дата направления информации в УО (п. 3.4)', 'date', 'report'),
  m('report_3_7', 'Дата направления информации в УО (п. 3.7)', 'date', 'report'),
  m('report_halfyear', 'Дата представления отчёта за полугодие', 'date', 'report'),
  m('support_links_site', 'Ссылка на информацию о поддержке на сайте', 'flag', 'site'),
  m('support_links_vk', 'Ссылка на информацию о поддержке в «ВКонтакте»', 'flag', 'social'),
  m('support_links_chats', 'Информация о поддержке в родительских чатах', 'flag', 'sferum'),

  // РИС «Кадровый профиль», сайт, госпаблики, «Мое образование», ПО, БИПП.
  m('kp_staff_cards', 'Заполненных карточек сотрудников в КП', 'count', 'kp', { noun: CARD }),
  m('esh_staff_profiles', 'Заполненных профилей сотрудников в ЭШ', 'count', 'kp', { noun: CARD }),
  m('site_updated', 'Сайт актуализирован (приказ № 1493, ПП № 1802)', 'flag', 'site'),
  m('social_name', 'Госпаблик: название организации', 'flag', 'social'),
  m('social_contacts', 'Госпаблик: контактная информация', 'flag', 'social'),
  m('social_cover', 'Госпаблик: обложка', 'flag', 'social'),
  m('social_logo', 'Госпаблик: логотип', 'flag', 'social'),
  // An average over the weeks of the period: 3,2 is a real answer, not a data error.
  m('social_posts_week', 'Публикаций в неделю в госпаблике', 'number', 'social', { noun: POST }),
  m('moe_events', 'Мероприятий в РИС «Мое образование»', 'count', 'moe', { noun: EVENT }),
  m('moe_applications', 'Заявок обучающихся в РИС «Мое образование»', 'count', 'moe', { noun: APPLICATION }),
  m('software_spent', 'Потрачено на программное обеспечение, руб.', 'number', 'other', { unit: 'руб.' }),
  m('software_domestic_spent', 'Из них на отечественное ПО, руб.', 'number', 'other', { unit: 'руб.' }),
  m('bipp_practices', 'Практик размещено в РИС «БИПП»', 'count', 'bipp', { noun: PRACTICE }),

  // School roadmap 2023.
  m('internet_speed', 'Скорость Интернета, Мбит/с', 'number', 'other', { unit: 'Мбит/с' }),
  m('teachers_trained_cos', 'Педагогов, прошедших повышение квалификации по ЦОС', 'count', 'other', { noun: TEACHER }),
  m('rmo_count', 'Проведено РМО по использованию ЦОС', 'count', 'other', { noun: MEETING }),
];

const BY_ID = new Map(MEASURES.map((d) => [d.id, d]));

export type MeasureId = string;

export function measureDef(id: MeasureId): MeasureDef | undefined {
  return BY_ID.get(id);
}

export function isKnownMeasure(id: string): boolean {
  return BY_ID.has(id);
}
