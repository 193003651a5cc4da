import { seededRandom } from './seeded-random';

/** One school of the sample municipality with the numbers its sheets report. */
export interface SampleSchool {
  n: number;
  /** As the registry writes it. */
  name: string;
  /** As a careless export or a school writes it (quotes lost, «№12», ё → е). */
  alias: string;
  inn: string;
  director: string;
  email: string;
  flagship: boolean;
  /** A school that does everything on time: its sheets show no shortfall, so the demo has clean schools too. */
  diligent: boolean;
  teachers: number;
  students: number;
}

const SCHOOLS: [name: string, alias: string, director: string][] = [
  ['МБОУ «СОШ № 1»', 'МБОУ СОШ №1', 'Ковальчук Ирина Николаевна'],
  ['МБОУ «Гимназия № 2»', 'Гимназия № 2', 'Головко Сергей Петрович'],
  ['МАОУ «Лицей № 3 им. А.С. Пушкина»', 'МАОУ Лицей №3 им.А.С.Пушкина', 'Лебедь Анна Викторовна'],
  ['МБОУ «СОШ № 4»', 'МБОУ СОШ № 4', 'Иванова Мария Петровна'],
  [
    'МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»',
    'МБОУ СОШ №5 с углубленным изучением отдельных предметов',
    'Петров Алексей Иванович',
  ],
  ['МБОУ «СОШ № 7»', 'МБОУ "СОШ №7"', 'Смирнова Ольга Владимировна'],
  ['МБОУ «СОШ № 8»', 'МБОУ СОШ №8', 'Кузнецов Дмитрий Сергеевич'],
  ['МБОУ «СОШ № 9»', 'МБОУ СОШ № 9', 'Попова Елена Александровна'],
  ['МБОУ «СОШ № 10»', 'МБОУ СОШ №10', 'Васильев Николай Юрьевич'],
  ['МБОУ «СОШ № 11»', 'МБОУ СОШ №11', 'Соколова Татьяна Михайловна'],
  ['МБОУ «СОШ № 12»', 'МБОУ СОШ №12', 'Михайлов Андрей Викторович'],
  ['МБОУ «СОШ № 14»', 'МБОУ СОШ №14', 'Новикова Светлана Геннадьевна'],
  ['МБОУ «Лицей № 1»', 'МБОУ Лицей №1', 'Фёдоров Игорь Анатольевич'],
  ['МБОУ «Центр образования № 1»', 'МБОУ Центр образования №1', 'Морозова Наталья Ивановна'],
  ['МБОУ «СОШ № 15»', 'МБОУ СОШ №15', 'Волков Павел Олегович'],
  ['МКОУ «ООШ с. Ивановка»', 'МКОУ ООШ с.Ивановка', 'Алексеева Юлия Сергеевна'],
  ['МКОУ «СОШ с. Никольское»', 'МКОУ СОШ с. Никольское', 'Лебедев Виктор Петрович'],
  ['МКОУ «ООШ д. Берёзовка»', 'МКОУ ООШ д. Березовка', 'Семёнова Галина Павловна'],
  ['МКОУ «НОШ п. Заречный»', 'МКОУ НОШ п.Заречный', 'Егоров Роман Александрович'],
  ['МКОУ «СОШ с. Покровка»', 'МКОУ СОШ с.Покровка', 'Павлова Людмила Николаевна'],
  ['МКОУ «ООШ с. Троицкое»', 'МКОУ ООШ с. Троицкое', 'Козлов Артём Игоревич'],
  ['МКОУ «СОШ п. Лесной»', 'МКОУ СОШ п. Лесной', 'Степанова Марина Алексеевна'],
  ['МКОУ «ООШ с. Малиновка»', 'МКОУ ООШ с.Малиновка', 'Николаев Олег Васильевич'],
  ['МКОУ «СОШ с. Александровка»', 'МКОУ СОШ с. Александровка', 'Орлова Екатерина Дмитриевна'],
  ['МКОУ «ООШ с. Сосновка»', 'МКОУ ООШ с. Сосновка', 'Зайцев Геннадий Фёдорович'],
];

const DILIGENT = new Set([2, 5, 8, 11, 15, 17, 20, 24]);

/** A valid 10-digit ИНН of a legal entity (the check digit is computed, as tax offices do). */
export function legalInn(first9: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  return `${first9}${(sum % 11) % 10}`;
}

export function sampleSchools(count = SCHOOLS.length, seed = 2025): SampleSchool[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const [name, alias, director] = SCHOOLS[i % SCHOOLS.length];
    const round = Math.floor(i / SCHOOLS.length);
    const rural = /^МКОУ/.test(name);
    const teachers = rural ? random.int(9, 24) : random.int(35, 95);
    return {
      n: i + 1,
      name: round === 0 ? name : `${name.replace(/»$/, '')}-${round + 1}»`,
      alias: round === 0 ? alias : `${alias}-${round + 1}`,
      inn: legalInn(`3625${String(1000 + i * 7).padStart(5, '0')}`),
      director,
      email: `school${i + 1}@edu-rayon.ru`,
      flagship: i % 6 === 0,
      diligent: DILIGENT.has((i % SCHOOLS.length) + 1),
      teachers,
      students: rural ? random.int(40, 180) : teachers * random.int(11, 14),
    };
  });
}
