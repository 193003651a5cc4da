/**
 * How much a workbook may hold before we refuse it with a reason instead of running out of
 * memory: every bound a hostile or broken file could push (a sheet inflating to 5 GiB, one
 * stray cell at XFD1048576, a 100,000-character cell).
 */
export interface PackageLimits {
  /** Inflated bytes of one part. */
  maxPartBytes: number;
  /** Inflated bytes of all the parts read. */
  maxTotalBytes: number;
  maxParts: number;
  /** Filled cells of one sheet (Office.js gives no values past 5,000,000). */
  maxCellsPerSheet: number;
  /** Cells of a sheet's used range, empty ones included: the grid the core receives. */
  maxAreaPerSheet: number;
  /** Characters of one cell (Excel itself keeps 32,767). */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxPartBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1536 * 1024 * 1024,
  maxParts: 20_000,
  maxCellsPerSheet: 5_000_000,
  maxAreaPerSheet: 20_000_000,
  maxTextLength: 32_767,
};

export type LimitKind = 'part' | 'total' | 'parts' | 'cells' | 'area' | 'text' | 'encrypted' | 'method';

/** A bound passed: what, how much, and where (a part path or a sheet name). */
export class TooLarge extends Error {
  constructor(
    readonly kind: LimitKind,
    readonly amount: number,
    readonly where: string = '',
  ) {
    super(`${kind} ${amount} ${where}`);
  }
}
