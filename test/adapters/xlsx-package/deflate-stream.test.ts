import { crc32, inflateRawSync } from 'node:zlib';
import { inflateSync } from 'fflate';
import { portableCodec } from '../../../src/adapters/xlsx-package/portable-codec';
import { nodeCodec } from '../../../src/adapters/xlsx-package/node-codec';

/** 3 MB of sheet-like XML in uneven pieces: the stream cuts it where it likes. */
function pieces(): Uint8Array[] {
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  for (let i = 0; i < 40; i++) {
    let xml = '';
    for (let r = 0; r < 900 + i * 13; r++)
      xml += `<row r="${i * 1000 + r}"><c r="A${r}" t="inlineStr"><is><t>Школа №\u00a0${r * 7}</t></is></c></row>`;
    out.push(encoder.encode(xml));
  }
  return out;
}

describe('a part deflated piece by piece', () => {
  const plain = Buffer.concat(pieces());

  it.each([
    ['native zlib', nodeCodec],
    ['fflate', portableCodec],
  ])('inflates to the very bytes written, with their CRC and size (%s)', async (_name, codec) => {
    const stream = codec.deflateStream();
    for (const piece of pieces()) stream.push(piece);
    const part = await stream.end();
    expect(part.size).toBe(plain.length);
    expect(part.crc).toBe(crc32(plain));
    expect(Buffer.from(inflateRawSync(part.raw)).equals(plain)).toBe(true);
    // Any reader (here fflate's) takes the stream of sync-flushed pieces as one.
    expect(Buffer.from(inflateSync(part.raw)).equals(plain)).toBe(true);
    // Deflated, not stored: a region's sheet must shrink.
    expect(part.raw.length).toBeLessThan(plain.length / 4);
  });

  it('an empty part is a valid empty stream', async () => {
    const part = await nodeCodec.deflateStream().end();
    expect(part.size).toBe(0);
    expect(inflateRawSync(part.raw).length).toBe(0);
  });
});
