import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../../src/app/check-settings';
import { FileSource } from '../../../src/hosts/browser/file-source';

const quiet = async (): Promise<void> => undefined;

/** A ФГИС «Моя школа» export as a user would choose it in the browser. */
async function fgisBook(withRules = false): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('ФГИС МШ').addRows([
    ['Мониторинг ФГИС «Моя школа» по состоянию на 03.03.2025'],
    ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогов всего (по ОО-1)', 'Зарегистрировано педагогов', 'Активных педагогов'],
    [1, 'МБОУ «СОШ № 1»', '3625010008', 40, 40, 37],
  ]);
  if (withRules)
    wb.addWorksheet('Правила').addRows([
      ['Пункт', 'Код показателя'],
      ['3.2', 'свой показатель'],
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('«Правила» from the pane in a plain browser', () => {
  it('adds the sheet to the book being checked: the next check uses it, the checked copy carries it', async () => {
    const source = new FileSource('ФГИС.xlsx', await fgisBook(), () => '2025-03-05');
    expect(await source.writeRules('municipal-2025')).toEqual({ written: true });
    const session = await source.check({ ...DEFAULT_SETTINGS }, quiet);
    expect(session.result.diagnostics).toContainEqual(expect.objectContaining({ id: 'rules.from-sheet', severity: 'info' }));
    // 37 of 40 active: 92,5 % meets the plan's 90 %.
    expect(session.result.evaluation.findings.find((f) => f.indicatorId === '3.2-teachers-active')?.status).toBe('met');
    const file = await source.write(quiet);
    const zip = await JSZip.loadAsync(file.data as Uint8Array);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<sheet [^>]*name="Правила"/);
  });

  it('keeps a «Правила» sheet the book already has, and says so', async () => {
    const source = new FileSource('ФГИС.xlsx', await fgisBook(true), () => '2025-03-05');
    expect(await source.writeRules('municipal-2025')).toEqual({
      written: false,
      reason: 'В книге уже есть лист «Правила»: правила проверки берутся с него.',
    });
  });
});
