import JSZip from 'jszip';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { DIRECTORS, directorsLetters, documentXml, sampleLetters, visibleText } from './letter-test-support';

const NBSP = '\u00A0';

describe('the default letter layout (ГОСТ Р 7.0.97-2025)', () => {
  let xml: string;
  let text: string;
  beforeAll(async () => {
    const { files, diagnostics } = await renderLetters(sampleLetters(), { formats: ['docx'] });
    expect(diagnostics).toEqual([]);
    xml = await documentXml(files[0].data);
    text = visibleText(xml).replace(/\u00A0/g, ' ');
  });

  it('is A4 with margins 30 mm left, 15 right, 20 top and bottom', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('numbers pages from the second one, centred in the header', async () => {
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:pgNumType w:start="1"/);
    const { files } = await renderLetters(sampleLetters().slice(0, 1), { formats: ['docx'] });
    const zip = await JSZip.loadAsync(files[0].data);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/header\d+\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.some((h) => /<w:jc w:val="center"\/>[\s\S]*PAGE/.test(h))).toBe(true);
  });

  it('sets Times New Roman 14 pt, a justified body with a 1.25 cm first-line indent', async () => {
    const zip = await JSZip.loadAsync((await renderLetters(sampleLetters().slice(0, 1), { formats: ['docx'] })).files[0].data);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(xml).toMatch(/<w:jc w:val="both"\/>\s*<w:ind w:firstLine="709"\/>|<w:ind w:firstLine="709"\/>\s*<w:jc w:val="both"\/>/);
  });

  it('puts the executor in 10 pt', () => {
    expect(xml).toMatch(/<w:sz w:val="20"\/>[\s\S]*?<w:t xml:space="preserve">Кравцова Юлия Андреевна/);
  });

  it('has the header block, the number, «На № ___ от ___» and the title without a full stop', () => {
    expect(text).toContain('Управление образования администрации Энского муниципального округа');
    expect(text).toContain('05.03.2025 № 01-19/214');
    expect(text).toContain('На № ________ от ________');
    expect(text).toMatch(/^О предоставлении объяснений$/m);
    expect(text).toContain('Уважаемая Мария Петровна!');
  });

  it('ends with the request, the signature with a tab before the name, and the executor', () => {
    expect(text).toContain('Прошу в срок до 10.03.2025 представить письменные объяснения');
    expect(text).toMatch(/^Начальник управления образования\tН\.В\. Соколова$/m);
    expect(xml).toMatch(/<w:tab w:val="right" w:pos="9354"\/>/);
  });

  it('lists every finding in the table, its status in a column of its own', () => {
    expect(text).toContain('зарегистрировать ещё 3 педагогов');
    expect(text).toContain('вовлечь в активную работу ещё 6 педагогов');
    expect(text).toMatch(/^Вкладка «Материальная база» заполнена\nнет данных$/m);
    expect(text).not.toContain('предусматривает');
  });

  it('sets an exact line pitch, so LibreOffice puts 14 pt text on 14 pt lines, and kerns as the PDF does', async () => {
    expect(xml).toMatch(/<w:spacing [^>]*w:line="322" w:lineRule="exact"/);
    const zip = await JSZip.loadAsync((await renderLetters(sampleLetters().slice(0, 1), { formats: ['docx'] })).files[0].data);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:kern w:val="2"\/>/);
  });

  it('keeps the last request paragraph with the signature, and the executor in a frame at the foot of their page', () => {
    const paragraphs = xml.split('</w:p>');
    const at = (needle: string) => paragraphs.findIndex((p) => p.includes(needle));
    expect(paragraphs[at('Прошу в срок')]).toContain('<w:keepNext/>');
    expect(at('Начальник управления образования')).toBe(at('Прошу в срок') + 1);
    // Bottom of the margin, no text beside it, the signature's gap above it; anchored to the request paragraph after it.
    for (const needle of ['Кравцова Юлия Андреевна', '+7 (38452) 2-15-08']) {
      expect(paragraphs[at(needle)]).toMatch(
        /<w:framePr [^>]*w:vAnchor="margin" [^>]*w:vSpace="644" [^>]*w:yAlign="bottom" w:wrap="notBeside"\/>/,
      );
      expect(at(needle)).toBeLessThan(at('Прошу в срок'));
    }
  });

  it('addresses each director in the dative', async () => {
    const { files } = await renderLetters(directorsLetters(), { formats: ['docx'] });
    expect(files).toHaveLength(DIRECTORS.length);
    for (const [i, [, dative]] of DIRECTORS.entries()) {
      const t = visibleText(await documentXml(files[i].data));
      expect(t).toContain(dative.replace(' ', NBSP));
      expect(t).toContain(`Директору МБОУ «СОШ №${NBSP}${i + 10}»`);
    }
  });

  it('names files by ИНН, short name and date; a combined file holds every letter from a new page', async () => {
    const letters = sampleLetters();
    const { files } = await renderLetters(letters, { formats: ['docx'], combined: true, zip: true });
    expect(files.map((f) => f.path)).toEqual([
      'letters/6501000001_СОШ-1_запрос_2025-03-05.docx',
      'letters/6501000002_Гимназия-2-им-А-С-Пушкина_запрос_2025-03-05.docx',
      'letters/6501000004_Новоназимовская-СОШ-4_запрос_2025-03-05.docx',
      'letters/Все_письма_2025-03-05.docx',
      'letters/Письма_2025-03-05.zip',
    ]);
    const combined = await documentXml(files[3].data);
    expect(combined.match(/<w:sectPr/g)).toHaveLength(3);
    expect(combined.match(/<w:titlePg\/>/g)).toHaveLength(3);
    const t = visibleText(combined).replace(/\u00A0/g, ' ');
    for (const l of letters) expect(t).toContain(`Директору ${l.school}`);
    const zip = await JSZip.loadAsync(files[4].data);
    expect(Object.keys(zip.files).sort()).toEqual(
      files
        .slice(0, 4)
        .map((f) => f.path.replace('letters/', ''))
        .sort(),
    );
  });
});
