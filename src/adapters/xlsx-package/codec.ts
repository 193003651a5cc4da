/** A part deflated as it was written: the zip entry's data, its CRC and inflated size. */
export interface DeflatedPart {
  raw: Uint8Array;
  crc: number;
  size: number;
}

/**
 * A part deflated piece by piece: a region's «Нарушения» is 100 MB of XML at 30,000 schools,
 * and only its deflated bytes (a fifth) are ever held whole. Where the deflating runs beside
 * the caller (Node's thread pool, while the next rows are written), `end` gives a promise.
 */
export interface DeflateStream {
  push(plain: Uint8Array): void;
  end(): PartData;
}

/** A part's deflated bytes, or their promise while they are deflated beside the caller. */
export type PartData = DeflatedPart | Promise<DeflatedPart>;

/**
 * Raw deflate for the package, swappable: fflate runs in a browser (portable-codec.ts), the command
 * line passes Node's native zlib (node-codec.ts), several times faster on a region's sheets.
 */
export interface Codec {
  /** Inflates a raw-deflate stream that must give exactly `size` bytes; throws past it. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflateStream(): DeflateStream;
  crc32(data: Uint8Array): number;
}

export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
