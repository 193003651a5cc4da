/**
 * Calendar dates travel through the core as ISO strings ("2025-03-03"): they
 * compare with `<`, serialise into report.json as they are, and carry no time
 * zone. The core never reads the clock; "today" always comes in as `asOf`.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Builds an IsoDate from parts (month is 1-based, as people write it). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What `date.split('-').map(Number)` gives for the first three parts (a missing
 * part stays undefined, as it did), without the two arrays: findings format and
 * compare dates by the ten thousand (npm run bench).
 */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const first = date.indexOf('-');
  if (first < 0) return { year: Number(date), month: undefined as never, day: undefined as never };
  const second = date.indexOf('-', first + 1);
  const year = Number(date.slice(0, first));
  if (second < 0) return { year, month: Number(date.slice(first + 1)), day: undefined as never };
  const third = date.indexOf('-', second + 1);
  return {
    year,
    month: Number(date.slice(first + 1, second)),
    day: Number(third < 0 ? date.slice(second + 1) : date.slice(second + 1, third)),
  };
}

/** UTC midnight of the date: day arithmetic with no time zone or daylight saving in it. */
export function isoToUtc(date: IsoDate): Date {
  const { year, month, day } = isoParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

export function utcToIso(date: Date): IsoDate {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = isoToUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return utcToIso(d);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export function weekday(date: IsoDate): number {
  return isoToUtc(date).getUTCDay();
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((isoToUtc(b).getTime() - isoToUtc(a).getTime()) / 86_400_000);
}

/** "2025-03-03" → "03.03.2025", the way Russian documents write dates. */
export function formatRuDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** Excel's 1900 date system serial (with its phantom 29.02.1900) → IsoDate. */
export function excelSerialToIso(serial: number): IsoDate {
  const days = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  return utcToIso(new Date(epoch + days * 86_400_000));
}

export function isoToExcelSerial(date: IsoDate): number {
  return Math.round((isoToUtc(date).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
}
