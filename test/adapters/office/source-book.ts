import { FakeExcel } from './fake-excel';

/**
 * A user's small ФГИС МШ sheet in the fake: a school short of its target, a
 * name that is a formula (the injection case) with an empty cell, and a school
 * that meets it. Shared by the write tests of the Office adapter.
 */
export function sourceBook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('ФГИС МШ', [
    ['Наименование ОО', 'Педагогов всего (по ОО-1)', 'Зарегистрировано'],
    ['МБОУ «СОШ № 1»', 42, 40],
    ['=HYPERLINK("http://evil.example","СОШ № 12")', 31, null],
    ['МКОУ «ООШ с. Ивановка»', 12, 12],
  ]);
  return excel;
}
