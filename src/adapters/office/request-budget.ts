/**
 * Excel on the web rejects a request (everything queued before one
 * context.sync()) larger than 5 MB. The adapter reserves an estimate before it
 * queues each write; only when the next write would pass the budget does it
 * sync early. A normal check therefore stays one write sync.
 */
export const EXCEL_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
// Headroom for Office.js's own envelope around each queued action (ids, paths, property names).
export const DEFAULT_BUDGET_BYTES = Math.floor(EXCEL_REQUEST_LIMIT_BYTES * 0.8);
/** What one queued action costs beyond its data, by measurement of real batches (generous). */
export const ACTION_OVERHEAD_BYTES = 200;

/** UTF-8 length of the JSON a value serialises to: what travels in the request. */
export function estimateBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** UTF-8 length of a text (JSON made elsewhere, e.g. in the pane's worker). */
export function utf8Bytes(json: string): number {
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

export class RequestBudget {
  private used = 0;
  /** Syncs this budget forced because a write would not fit. */
  earlySyncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limitBytes: number = DEFAULT_BUDGET_BYTES,
  ) {}

  /** Call before queueing a write of `bytes`; syncs first when the batch would pass the limit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limitBytes) {
      await this.context.sync();
      this.earlySyncs++;
      this.used = 0;
    }
    this.used += bytes;
  }
}
