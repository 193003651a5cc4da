/**
 * The entries of a zip as they are stored: each entry's compressed bytes are a view into the
 * file, so an entry we do not change is written out again byte for byte. Read from the central
 * directory (sizes and CRC there are the reliable ones: a local header may defer them).
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The stored bytes (a view into the source file). */
  raw: Uint8Array;
  /** General purpose flags; bit 0 is encryption. */
  flags: number;
  time: number;
  date: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw new ZipError('no end of central directory');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) throw new ZipError('zip64');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipError('bad local header');
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressed > bytes.length) throw new ZipError('truncated entry');
    entries.push({ name, method, crc, size, raw: bytes.subarray(dataStart, dataStart + compressed), flags, time, date });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** The zip of these entries, in this order: local headers, data, central directory. */
export function writeZipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + names[i].length + e.raw.length + 46 + names[i].length));
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, central: boolean): void => {
    // UTF-8 names (bit 11); the sizes are always in the headers (no data descriptor).
    const flags = (e.flags & 0x0001) | 0x0800;
    const base = central ? 2 : 0;
    if (central) view.setUint16(at + 4, 20, true);
    view.setUint16(at + 4 + base, 20, true);
    view.setUint16(at + 6 + base, flags, true);
    view.setUint16(at + 8 + base, e.method, true);
    view.setUint16(at + 10 + base, e.time, true);
    view.setUint16(at + 12 + base, e.date, true);
    view.setUint32(at + 14 + base, e.crc, true);
    view.setUint32(at + 18 + base, e.raw.length, true);
    view.setUint32(at + 22 + base, e.size, true);
    view.setUint16(at + 26 + base, name.length, true);
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    header(e, names[i], false);
    out.set(names[i], at + 30);
    at += 30 + names[i].length;
    out.set(e.raw, at);
    at += e.raw.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    header(e, names[i], true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
