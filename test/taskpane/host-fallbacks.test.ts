import { canDownload } from '../../src/taskpane/downloads';
import { plainError } from '../../src/taskpane/plain-error';

type OfficeStub = { context: { platform: string }; PlatformType: Record<string, string> };
const g = globalThis as unknown as { Office?: OfficeStub };

function onPlatform(platform: string | null): void {
  if (platform === null) delete g.Office;
  else g.Office = { context: { platform }, PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline', iOS: 'iOS' } };
}

describe('where the pane can download files', () => {
  afterEach(() => onPlatform(null));

  it('downloads everything in a plain browser and in Excel on the web', () => {
    onPlatform(null);
    expect(canDownload('Письма_2025-03-03.zip')).toBe(true);
    onPlatform('OfficeOnline');
    expect(canDownload('3625010008_СОШ-1_запрос_2025-03-03.pdf')).toBe(true);
  });

  it('on Windows (WebView2) offers the browser for PDF only, on a Mac for everything', () => {
    onPlatform('PC');
    expect(canDownload('3625010008_СОШ-1_запрос_2025-03-03.docx')).toBe(true);
    expect(canDownload('3625010008_СОШ-1_запрос_2025-03-03.pdf')).toBe(false);
    onPlatform('Mac');
    expect(canDownload('report.json')).toBe(false);
  });
});

describe('errors the user reads', () => {
  it('translates the Office.js errors people actually meet into Russian sentences', () => {
    expect(plainError({ code: 'InvalidOperationInCellEditMode', message: 'The operation is not available in cell edit mode' })).toBe(
      'Excel занят редактированием ячейки: нажмите Enter или Esc и повторите.',
    );
    expect(plainError(new Error('Файл «отчёт.xlsx» не удалось прочитать: это не книга Excel.'))).toBe(
      'Файл «отчёт.xlsx» не удалось прочитать: это не книга Excel.',
    );
    expect(plainError(new TypeError('Cannot read properties of undefined'))).toBe(
      'Не удалось выполнить действие (Cannot read properties of undefined). Повторите или сообщите администратору.',
    );
  });
});
