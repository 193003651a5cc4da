import { readFileSync } from 'fs';
import { join } from 'path';
import PizZip from 'pizzip';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { buildStarterTemplate } from '../../../src/adapters/letters/starter-template';
import { documentXml, sampleLetters, visibleText } from './letter-test-support';

const ASSET = join(__dirname, '../../../assets/letters/department-template.docx');

/** The department edits its template in Word; here the edit is made in document.xml. */
function edited(template: Uint8Array, from: string, to: string): Uint8Array {
  const zip = new PizZip(template);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'uint8array' });
}

describe('letters on the department’s own template', () => {
  let template: Uint8Array;
  beforeAll(async () => {
    template = await buildStarterTemplate();
  });

  it('the bundled starter template is the one the builder makes', async () => {
    const bundled = visibleText(await documentXml(new Uint8Array(readFileSync(ASSET))));
    expect(bundled).toBe(visibleText(await documentXml(template)));
  });

  it('fills every placeholder and repeats the table row per finding', async () => {
    const letters = sampleLetters();
    const { files, diagnostics } = await renderLetters(letters, { formats: ['docx'], template });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      'letters/6501000001_СОШ-1_запрос_2025-03-05.docx',
      'letters/6501000002_Гимназия-2-им-А-С-Пушкина_запрос_2025-03-05.docx',
      'letters/6501000004_Новоназимовская-СОШ-4_запрос_2025-03-05.docx',
    ]);
    const xml = await documentXml(files[0].data);
    const text = visibleText(xml).replace(/\u00A0/g, ' ');
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain('Директору МБОУ «СОШ № 1»');
    expect(text).toContain('М.П. Ивановой');
    expect(text).toContain('05.03.2025 № 01-19/214');
    expect(text).toContain('выявлены нарушения по пунктам 2.2 и 3.2 (таблица).');
    // Header row + one row per finding (3 findings for this school).
    const findingsTable = xml.split('<w:tbl>')[2];
    expect(findingsTable.match(/<w:tr>/g)).toHaveLength(1 + letters[0].rows.length);
    expect(text).toMatch(/^Доля активных педагогов во ФГИС «Моя школа»\nне выполнено\n61,9 %\n90 %\nвовлечь в активную работу ещё 6 педагогов$/m);
  });

  it('keeps the «повторно» paragraph only in letters with repeated findings', async () => {
    const { files } = await renderLetters(sampleLetters(), { formats: ['docx'], template });
    const texts = await Promise.all(files.map(async (f) => visibleText(await documentXml(f.data))));
    expect(texts.map((t) => t.includes('выявлены повторно: прошу пояснить'))).toEqual([false, true, false]);
  });

  it('says that PDFs keep the default layout', async () => {
    const { files, diagnostics } = await renderLetters(sampleLetters().slice(0, 1), { formats: ['docx', 'pdf'], template });
    expect(files.map((f) => f.path)).toEqual([
      'letters/6501000001_СОШ-1_запрос_2025-03-05.docx',
      'letters/6501000001_СОШ-1_запрос_2025-03-05.pdf',
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ id: 'letters.pdf-default-layout', severity: 'info' })]);
  });

  it('makes a combined file with each letter in its own section', async () => {
    const { files } = await renderLetters(sampleLetters(), { formats: ['docx'], template, combined: true });
    const combined = files.find((f) => f.path === 'letters/Все_письма_2025-03-05.docx')!;
    const xml = await documentXml(combined.data);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3);
    const text = visibleText(xml);
    for (const school of ['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 2 им. А.С. Пушкина»', 'МБОУ Новоназимовская СОШ № 4'])
      expect(text).toContain(`Директору ${school}`);
  });

  it('says in Russian which tag is broken and in which paragraph', async () => {
    const broken = edited(template, '{intro}', '{intro');
    const { files, diagnostics } = await renderLetters(sampleLetters(), { formats: ['docx'], template: broken });
    expect(files).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ id: 'letters.template-unclosed-tag', severity: 'error' });
    expect(diagnostics[0].message).toBe(
      'Ошибка в шаблоне письма, основной текст, абзац 10 («{intro»): Тег «{intro» не закрыт: после имени не хватает «}».',
    );
  });

  it('names both tags of a loop closed by the wrong name', async () => {
    const broken = edited(template, '{/findings}', '{/finding}');
    const { diagnostics } = await renderLetters(sampleLetters(), { formats: ['docx'], template: broken });
    expect(diagnostics.map((d) => d.id)).toContain('letters.template-closing-tag-does-not-match-opening-tag');
    expect(diagnostics.find((d) => d.id === 'letters.template-closing-tag-does-not-match-opening-tag')?.message).toContain(
      'Блок {#findings} закрыт тегом {/finding}: имена должны совпадать.',
    );
  });

  it('never evaluates template text: an expression is an unknown name, left empty with a warning', async () => {
    const sneaky = edited(template, '{school}', "{constructor.constructor('return process')()}");
    const { files, diagnostics } = await renderLetters(sampleLetters().slice(0, 1), { formats: ['docx'], template: sneaky });
    expect(files).toHaveLength(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        id: 'letters.template-unknown-tag',
        severity: 'warning',
        message: expect.stringContaining("{constructor.constructor('return process')()}"),
      }),
    ]);
    expect(visibleText(await documentXml(files[0].data))).not.toContain('process');
  });

  it('tells the user when the template is not a Word document', async () => {
    const { files, diagnostics } = await renderLetters(sampleLetters(), {
      formats: ['docx'],
      template: new TextEncoder().encode('Это не шаблон'),
    });
    expect(files).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ id: 'letters.template-unreadable', severity: 'error' })]);
    expect(diagnostics[0].message).toMatch(/^Шаблон письма не открылся как документ Word \(\.docx\)/);
  });
});
