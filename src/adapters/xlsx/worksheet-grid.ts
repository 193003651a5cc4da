import type { Worksheet } from 'exceljs';
import { CellValue, Grid, MergedRange } from '../../core/model/grid';
import { gridValue } from './cell-value';

/**
 * One worksheet as a Grid: the used range from its first to its last filled
 * cell. Two passes over the filled cells only (bounds, then values), so a
 * sparse sheet costs what it holds, not what its address range spans.
 */
export function worksheetGrid(ws: Worksheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const merges = mergesOf(ws);
  if (bottom === 0)
    return { sheet: ws.name, values: [], numberFormats: [], originRow: 1, originCol: 1, merges, hidden: ws.state !== 'visible' };

  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill('General'));
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vRow = values[r - top];
    const fRow = numberFormats[r - top];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      vRow[c - left] = gridValue(cell);
      const fmt = cell.numFmt;
      if (fmt) fRow[c - left] = fmt;
    });
  });
  return { sheet: ws.name, values, numberFormats, originRow: top, originCol: left, merges, hidden: ws.state !== 'visible' };
}

/** exceljs keeps merges in a private map keyed by the master cell; `ws.model` would rebuild the whole sheet model to list them. */
function mergesOf(ws: Worksheet): MergedRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(raw).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}
