import { foldText } from '../ingest/fold-text';
import { Diagnostic, diagnostic } from '../model/diagnostic';
import { CellValue, Grid, WorkbookGrids } from '../model/grid';
import { getPreset } from '../roadmap/presets';
import { RulesSheetResult, readRulesSheet } from '../roadmap/rules-sheet';
import { RULES_SHEET } from '../roadmap/rules-table-layout';
import { Roadmap } from '../roadmap/schema';

export type RoadmapChoice =
  { ok: true; roadmap: Roadmap; fromSheet: boolean; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Which rules a check uses. A «Правила» sheet in a checked book wins over a built-in plan (the
 * department edited it for this year), with an info line saying so; a rules file the user named
 * explicitly (`explicitFile`) wins over the sheet. A sheet with bad rows stops the check: no
 * check runs on half-loaded rules.
 */
export function roadmapFromBooks(books: readonly WorkbookGrids[], given: Roadmap, explicitFile: boolean): RoadmapChoice {
  const found = books.flatMap((book) =>
    book.grids.filter((g) => foldText(String(g.sheet ?? '')) === foldText(RULES_SHEET)).map((grid) => ({ book, grid })),
  );
  const first = found[0];
  if (!first) return { ok: true, roadmap: given, fromSheet: false, diagnostics: [] };
  if (explicitFile) {
    return {
      ok: true,
      roadmap: given,
      fromSheet: false,
      diagnostics: [
        diagnostic(
          'rules.sheet-ignored',
          'info',
          `Лист «${RULES_SHEET}» книги «${first.book.name}» не использован: правила взяты из указанного файла.`,
          { sheet: first.grid.sheet },
        ),
      ],
    };
  }
  const read = rulesFromGrid(first.grid, given);
  if (!read.ok) {
    return { ok: false, diagnostics: read.diagnostics.map((d) => ({ ...d, sheet: first.grid.sheet })) };
  }
  const notes: Diagnostic[] = [
    diagnostic(
      'rules.from-sheet',
      'info',
      `Правила проверки взяты с листа «${RULES_SHEET}» книги «${first.book.name}»: «${read.roadmap.title}» (${read.roadmap.year}), а не из встроенной дорожной карты.`,
      { sheet: first.grid.sheet },
    ),
  ];
  if (found.length > 1) {
    notes.push(
      diagnostic(
        'rules.sheet-duplicate',
        'warning',
        `Лист «${RULES_SHEET}» есть в нескольких книгах; использован лист книги «${first.book.name}».`,
        { sheet: found[1]!.grid.sheet },
      ),
    );
  }
  return { ok: true, roadmap: read.roadmap, fromSheet: true, diagnostics: notes };
}

/** A «Правила» sheet read into a roadmap; `fallback` fills what the sheet's heading does not name. */
export function rulesFromGrid(grid: Grid, fallback: Roadmap): RulesSheetResult {
  return readRulesSheet(fromA1(grid), getPreset, fallback);
}

/** The sheet's values as if its used range started at A1, so messages name the cells Excel shows. */
function fromA1(grid: Grid): CellValue[][] {
  const padLeft = Array<CellValue>(Math.max(0, grid.originCol - 1)).fill(null);
  const rows = grid.values.map((row) => [...padLeft, ...row]);
  return [...Array.from({ length: Math.max(0, grid.originRow - 1) }, () => []), ...rows];
}
