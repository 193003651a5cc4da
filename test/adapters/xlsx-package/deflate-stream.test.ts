import { crc32, inflateRawSync } from 'node:zlib';
import { inflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Codec } from '../../../src/adapters/xlsx-package/codec';
import { DEFAULT_LIMITS } from '../../../src/adapters/xlsx-package/limits';
import { XlsxPackage } from '../../../src/adapters/xlsx-package/package';
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

describe('parts deflated beside the caller, in the package', () => {
  const book = () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'docProps/app.xml': strToU8('<Properties/>') });

  it('waits for every part still being deflated, and a part set again or removed meanwhile is not written', async () => {
    const pkg = XlsxPackage.open(book(), nodeCodec, DEFAULT_LIMITS);
    pkg.setText('xl/worksheets/sheet9.xml', '<worksheet>первый</worksheet>');
    pkg.setText('xl/worksheets/sheet9.xml', '<worksheet>второй</worksheet>');
    pkg.setText('xl/ours.xml', '<ours/>');
    pkg.remove('xl/ours.xml');
    // Read back while still being deflated: the text as set.
    expect(pkg.text('xl/worksheets/sheet9.xml')).toBe('<worksheet>второй</worksheet>');
    const parts = unzipSync(await pkg.toBytes());
    expect(Object.keys(parts).sort()).toEqual(['docProps/app.xml', 'xl/workbook.xml', 'xl/worksheets/sheet9.xml']);
    expect(strFromU8(parts['xl/worksheets/sheet9.xml'])).toBe('<worksheet>второй</worksheet>');
  });

  it('fails the package, not the process, when a part cannot be deflated, and forgets a failed part it no longer needs', async () => {
    const failing: Codec = {
      ...nodeCodec,
      deflateStream: () => ({ push: () => undefined, end: () => Promise.reject(new Error('deflate failed')) }),
    };
    const pkg = XlsxPackage.open(book(), failing, DEFAULT_LIMITS);
    pkg.setText('xl/replaced.xml', '<a/>');
    pkg.setText('xl/replaced.xml', '<b/>');
    pkg.setText('xl/removed.xml', '<c/>');
    pkg.remove('xl/removed.xml');
    await expect(pkg.toBytes()).rejects.toThrow('deflate failed');
    // Give a dropped promise's rejection the turn it would crash on, were it unhandled.
    await new Promise((resolve) => setImmediate(resolve));
  });
});
