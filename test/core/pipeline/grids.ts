import { CellValue, Grid, WorkbookGrids } from '../../../src/core/model/grid';

/** A sheet as an adapter hands it over, from rows starting at A1. */
export function grid(sheet: string, values: CellValue[][]): Grid {
  const width = Math.max(...values.map((r) => r.length));
  const padded = values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return { sheet, values: padded, numberFormats: [], originRow: 1, originCol: 1, merges: [] };
}

export function book(name: string, ...grids: Grid[]): WorkbookGrids {
  return { name, grids };
}

/** ФГИС МШ teachers (item 3.2): rows start at sheet row 4. */
export function fgisSheet(
  title: string,
  rows: [name: string, inn: string, total: CellValue, registered: CellValue][],
  sheet = 'ФГИС МШ',
): Grid {
  return grid(sheet, [
    [title],
    [],
    ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогических работников всего (по ОО-1)', 'Педагогов зарегистрировано во ФГИС «Моя школа»'],
    ...rows.map(([name, inn, total, registered], i) => [i + 1, name, inn, total, registered]),
  ]);
}

export const REGISTRY_SHEET = grid('Справочник ОО', [
  ['Наименование ОО', 'ИНН', 'ФИО директора', 'Электронная почта', 'Флагманский госпаблик'],
  ['МБОУ «СОШ № 1»', '3625010008', 'Ковальчук Ирина Николаевна', 'school1@edu-rayon.ru', 'да'],
  ['МБОУ «СОШ № 12»', '3625010776', 'Головко Сергей Петрович', 'school12@edu-rayon.ru', 'нет'],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', 'Лебедь Анна Викторовна', 'ivanovka@edu-rayon.ru', 'нет'],
]);
