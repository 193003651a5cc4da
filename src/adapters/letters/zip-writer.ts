import { deflateSync } from 'fflate';
import { crc32 } from '../xlsx-package/crc32';

/**
 * A zip written from entries compressed beforehand: the parts every letter shares are
 * deflated once per batch, and only the two that differ are deflated per letter.
 * fflate's zipSync would deflate (and checksum) all 21 parts for each of a region's letters.
 */
export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  /** Raw DEFLATE data. */
  deflated: Uint8Array;
}

const encoder = new TextEncoder();

export function zipEntry(name: string, data: Uint8Array): ZipEntry {
  return { name: encoder.encode(name), crc: crc32(data), size: data.length, deflated: deflateSync(data, { level: 6 }) };
}

/** 1 January 1980, the zip format's first date: the same letters give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const LOCAL = 30;
const CENTRAL = 46;
const END = 22;

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const localSize = entries.reduce((n, e) => n + LOCAL + e.name.length + e.deflated.length, 0);
  const centralSize = entries.reduce((n, e) => n + CENTRAL + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + END);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  const offsets: number[] = [];
  // version needed, flags, method (8: deflate), time, date, crc, sizes, name length
  const common = (e: ZipEntry) => {
    u16(20);
    u16(0);
    u16(8);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.deflated.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra field length
  };
  for (const e of entries) {
    offsets.push(at);
    u32(0x04034b50);
    common(e);
    bytes(e.name);
    bytes(e.deflated);
  }
  const centralAt = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // version made by
    common(e);
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    bytes(e.name);
  });
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(centralAt);
  u16(0);
  return out;
}
