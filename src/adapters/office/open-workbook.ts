import { HIGHLIGHTS_KEY, HighlightBookkeeping, SETTINGS_KEY, parseHighlightBookkeeping } from './workbook-settings';

/** The workbook before a run: its sheets and what the previous run left in its settings. */
export interface WorkbookSnapshot {
  sheets: { name: string; hidden: boolean }[];
  /** The stored settings as they are (a JSON string, or null): the application reads them. */
  settings: unknown;
  highlights: HighlightBookkeeping;
}

/**
 * Sync 1 of a check: the sheet list and the stored settings, both small. The
 * used ranges can only be asked for once the sheets are known (sync 2).
 */
export async function openWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  const highlights = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load('value');
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' })),
    settings: settings.isNullObject ? null : settings.value,
    highlights: parseHighlightBookkeeping(highlights.isNullObject ? null : highlights.value),
  };
}
