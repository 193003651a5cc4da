import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { book, options, sheet } from './grid-builder';
import { mappingOf, rowOf, tableOf, valueOf } from './ingest-helpers';

describe('the «Материальная база» tab check (item 2.2)', () => {
  const grid = sheet('Материальная база', [
    ['Заполнение вкладки «Материальная база» в РИС «Электронная школа» на 05.03.2025'],
    [
      'Наименование ОО',
      'Географическое положение',
      'Аудиторный фонд',
      'Длина и ширина кабинетов',
      'Температурный режим',
      'Оборудование кабинетов',
    ],
    ['МБОУ СОШ № 1', 'заполнено', 'заполнено', 'не заполнено', '+', 'да'],
    ['МБОУ СОШ № 2', 'заполнено', '-', 'частично', 'н/д', 'нет'],
  ]);
  const table = tableOf(ingestWorkbook(book('mb.xlsx', grid), options()), 'Материальная база');

  it('maps every field of the tab and reads the ways a field is said to be filled', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'mb_location',
      C: 'mb_rooms',
      D: 'mb_room_size',
      E: 'mb_room_temperature',
      F: 'mb_room_equipment',
    });
    const second = rowOf(table, 'МБОУ СОШ № 2');
    expect([
      valueOf(second, 'mb_location'),
      valueOf(second, 'mb_rooms'),
      valueOf(second, 'mb_room_size'),
      valueOf(second, 'mb_room_temperature'),
    ]).toEqual([true, false, 'invalid', 'missing']);
  });
});

describe('staff records, «Кадровый профиль» and the journal cards (items 2.11, 5.1)', () => {
  const grid = sheet('Кадры', [
    [
      'Наименование ОО',
      'Сотрудников без документа, удостоверяющего личность',
      'Сотрудников без документов об образовании',
      'Педагогов без сведений о курсах повышения квалификации за последние 3 года',
      'Количество карточек сотрудников в РИС «Кадровый профиль»',
      'Количество профилей сотрудников в РИС ЭШ',
    ],
    ['МБОУ СОШ № 1', 0, 2, 5, 61, 60],
  ]);
  it('tells the kinds of missing documents and the two systems apart', () => {
    const table = tableOf(ingestWorkbook(book('kp.xlsx', grid), options()), 'Кадры');
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'staff_no_id_doc',
      C: 'staff_no_education_doc',
      D: 'teachers_no_courses',
      E: 'kp_staff_cards',
      F: 'esh_staff_profiles',
    });
  });
});

describe('official pages, support links, «Мое образование», software and БИПП (items 4.2, 5.3–5.6)', () => {
  const grid = sheet(
    'РИС Мое образование',
    [
      [
        'Наименование ОО',
        'Госпаблик в VK',
        null,
        null,
        null,
        null,
        'Ссылка на информацию о поддержке на сайте ОО',
        'Количество мероприятий',
        'Количество заявок',
        'Потрачено на ПО, руб.',
        'Из них на отечественное ПО, руб.',
        'Практик размещено в РИС «БИПП»',
      ],
      [null, 'название', 'контакты', 'обложка', 'логотип', 'публикаций в неделю', null, null, null, null, null, null],
      ['МБОУ СОШ № 1', 'да', 'да', 'нет', 'да', '4', 'https://school1.ru/support', 3, 12, '120 000', '100 000,50', 1],
    ],
    { merges: ['A1:A2', 'B1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2', 'K1:K2', 'L1:L2'] },
  );
  const table = tableOf(ingestWorkbook(book('misc.xlsx', grid), options()), 'РИС Мое образование');

  it('maps each column by its words and its parent', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'social_name',
      C: 'social_contacts',
      D: 'social_cover',
      E: 'social_logo',
      F: 'social_posts_week',
      G: 'support_links_site',
      H: 'moe_events',
      I: 'moe_applications',
      J: 'software_spent',
      K: 'software_domestic_spent',
      L: 'bipp_practices',
    });
  });

  it('reads money with spaces and a decimal comma', () => {
    const row = table.rows[0];
    expect(valueOf(row, 'software_spent')).toBe(120000);
    expect(valueOf(row, 'software_domestic_spent')).toBe(100000.5);
    expect(valueOf(row, 'social_posts_week')).toBe(4);
  });
});
