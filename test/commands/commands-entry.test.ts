import { OfficeMockObject } from 'office-addin-mock';
import { OLD_EXCEL_MESSAGE } from '../../src/commands/ribbon-commands';

type Handler = (event: { completed: () => void }) => void;

describe('the ribbon function file', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  const associated = new Map<string, Handler>();
  const dialogs: string[] = [];

  beforeAll(async () => {
    g.window = { location: { href: 'https://addin.uo.example.ru/roadmap-control/commands.html' } };
    // Office.context as office-addin-mock builds it: the entry only sees the API surface it uses.
    g.Office = new OfficeMockObject({
      onReady: (callback: (info: { host: string }) => void) => callback({ host: 'Excel' }),
      actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
      context: {
        document: { url: 'Мониторинг.xlsx' },
        // Excel 2016 without ExcelApi 1.9.
        requirements: { isSetSupported: () => false },
        ui: { displayDialogAsync: (url: string) => dialogs.push(url) },
      },
    });
    // The entry registers its handlers on import, against the Office stub above.
    await import('../../src/commands/commands');
  });

  afterAll(() => {
    delete g.window;
    delete g.Office;
    delete g.runCheck;
    delete g.showSummary;
  });

  it('registers «Проверить» and «Сводка» both ways Office looks them up', () => {
    expect([...associated.keys()]).toEqual(['runCheck', 'showSummary']);
    expect(g.runCheck).toBe(associated.get('runCheck'));
    expect(g.showSummary).toBe(associated.get('showSummary'));
  });

  it('always completes the button, and tells an older Excel why nothing happened in a small dialog', async () => {
    const completed = jest.fn();
    associated.get('runCheck')!({ completed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    const url = new URL(dialogs[0]);
    expect(url.pathname).toBe('/roadmap-control/taskpane.html');
    expect(url.searchParams.get('notice')).toBe(OLD_EXCEL_MESSAGE);
  });
});
