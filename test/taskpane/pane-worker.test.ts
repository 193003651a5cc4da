import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { BrowserWorkbook } from '../../src/taskpane/browser-workbook';
import { Cancelled } from '../../src/taskpane/worker/worker-client';
import { inProcessWorker as inProcess } from './in-process-worker';

const LETTERS = {
  department: {
    name: 'Управление образования администрации Энского округа',
    address: 'ул. Советская, д. 12',
    phone: '2-14-37',
    email: 'uo@ensk-edu.ru',
  },
  signatory: { position: 'Начальник управления образования', name: 'Н.\u00a0В.\u00a0Соколова' },
  executor: { name: 'Кравцова Юлия Андреевна', phone: '2-15-08' },
  numberPrefix: '01-19/',
  nextNumber: 214,
  responseWorkingDays: 3,
};

/** A ФГИС «Моя школа» export of n schools, every third short of registered teachers. */
async function book(n: number): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('ФГИС МШ');
  ws.addRow(['Мониторинг ФГИС «Моя школа» по состоянию на 03.03.2025']);
  ws.addRow(['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогов всего (по ОО-1)', 'Зарегистрировано педагогов', 'Активных педагогов']);
  for (let i = 1; i <= n; i++)
    ws.addRow([i, `МБОУ «СОШ № ${i}»`, String(3625010000 + i), 40, i % 3 === 0 ? 30 : 40, i % 3 === 0 ? 20 : 39]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const file = (bytes: Uint8Array) => ({ name: 'Мониторинг.xlsx', size: bytes.length, lastModified: 1_764_633_600_000 });

describe('the pane’s heavy work in a worker', () => {
  const storage = new Map<string, string>();
  beforeAll(() => {
    (globalThis as unknown as { window: unknown }).window = {
      localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    };
  });
  afterAll(() => delete (globalThis as unknown as { window?: unknown }).window);

  it('checks a chosen book, builds its checked copy and packs every letter with counts as it goes', async () => {
    const { client } = inProcess();
    const bytes = await book(45);
    const source = new BrowserWorkbook(file(bytes), bytes, client, () => '2025-03-05');
    const labels: string[] = [];
    const session = await source.check({ ...DEFAULT_SETTINGS, letters: LETTERS }, async (label) => void labels.push(label));
    expect(session.checked).toBe(true);
    expect(session.letters).toHaveLength(15);
    expect(session.letters[0].number).toBe('01-19/214');
    // Once these are sent, the next letter is № 229.
    expect(session.nextNumber).toBe(229);
    // Only short rows cross to the page: a school's findings come when it is opened.
    expect(session.schools).toHaveLength(45);
    const third = session.schools.find((s) => s.name === 'МБОУ «СОШ № 3»')!;
    expect(third.letterNumber).not.toBeNull();
    const detail = await client.run((api) => api.schoolDetail(third.id));
    expect(detail.letter?.school).toBe('МБОУ «СОШ № 3»');
    expect(detail.findings.some((f) => f.status === 'not_met')).toBe(true);
    expect(new Set(labels).size).toBeGreaterThanOrEqual(2);

    const checked = await source.write(async () => undefined);
    expect(checked.name).toBe('Мониторинг.checked.xlsx');
    const xlsx = await JSZip.loadAsync(checked.data as Uint8Array);
    expect(await xlsx.file('xl/workbook.xml')!.async('string')).toMatch(/name="Реестр писем"/);

    const counts: string[] = [];
    const zip = await client.run((api) => api.letterArchive('docx', (label) => void counts.push(label)));
    expect(zip.name).toBe('Письма (.docx) 2025-03-05.zip');
    expect(counts).toContain('Письма: 0 из 15');
    expect(counts).toContain('Письма: 15 из 15');
    const letters = await JSZip.loadAsync(zip.data as Uint8Array);
    expect(Object.keys(letters.files).filter((n) => n.endsWith('.docx'))).toHaveLength(15);
  });

  it('a cancel stops the running call at once; the next call opens the book again in a fresh worker', async () => {
    const { client, spawned } = inProcess();
    const bytes = await book(6);
    const source = new BrowserWorkbook(file(bytes), bytes, client, () => '2025-03-05');
    const running = source.check({ ...DEFAULT_SETTINGS }, async () => undefined);
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    const session = await source.check({ ...DEFAULT_SETTINGS }, async () => undefined);
    expect(session.schoolCount).toBe(6);
    expect(spawned()).toBe(2);
  });

  it('names the zip by its kind, so the .docx and PDF archives never share a name', async () => {
    const { archiveName } = await import('../../src/taskpane/worker/letter-archive');
    expect(archiveName('docx', '2026-12-02')).toBe('Письма (.docx) 2026-12-02.zip');
    expect(archiveName('pdf', '2026-12-02')).toBe('Письма (PDF) 2026-12-02.zip');
  });
});
