import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * Raw deflate for the package, swappable: fflate runs in a browser, the command line
 * passes Node's native zlib (node-codec.ts), several times faster on a region's sheets.
 */
export interface Codec {
  /** Inflates a raw-deflate stream that must give exactly `size` bytes; throws past it. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const portableCodec: Codec = {
  inflate(data, size) {
    const out = inflateSync(data, { out: new Uint8Array(size) });
    if (out.length !== size) throw new RangeError('inflated size differs from the declared one');
    return out;
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32,
};
