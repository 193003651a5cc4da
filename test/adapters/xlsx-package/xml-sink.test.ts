import { DeflateStream } from '../../../src/adapters/xlsx-package/codec';
import { XmlSink } from '../../../src/adapters/xlsx-package/xml-sink';

/** A stream that keeps what it is given, to see the pieces the sink hands over. */
function collecting(): { stream: DeflateStream; pieces: Uint8Array[] } {
  const pieces: Uint8Array[] = [];
  return { pieces, stream: { push: (plain) => pieces.push(plain.slice()), end: () => ({ raw: new Uint8Array(0), crc: 0, size: 0 }) } };
}

describe('the XML sink', () => {
  it('gives the exact UTF-8 of everything pushed, in pieces of at most a megabyte, whatever falls on a seam', () => {
    const { stream, pieces } = collecting();
    const sink = new XmlSink(stream);
    // Cyrillic (2 bytes), «№» and «—» (3 bytes), an emoji (4 bytes, two UTF-16 units): seams fall inside all of them.
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>МБОУ «СОШ № ${i}» — 📚</t></is></c></row>`,
    );
    for (const row of rows) sink.push(row);
    sink.end();
    const expected = Buffer.from(rows.join(''), 'utf8');
    expect(expected.length).toBeGreaterThan(3 * 2 ** 20);
    expect(Buffer.concat(pieces).equals(expected)).toBe(true);
    expect(pieces.every((p) => p.length <= 2 ** 20)).toBe(true);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    // Every piece but the last is a full megabyte, short only of a character that did not fit.
    expect(pieces.slice(0, -1).every((p) => p.length > 2 ** 20 - 4)).toBe(true);
  });

  it('writes nothing for a part with nothing pushed, and one short piece for a short part', () => {
    const empty = collecting();
    new XmlSink(empty.stream).end();
    expect(empty.pieces).toEqual([]);
    const short = collecting();
    const sink = new XmlSink(short.stream);
    sink.push('<sst count="0"/>', '');
    sink.end();
    expect(short.pieces.map((p) => Buffer.from(p).toString('utf8'))).toEqual(['<sst count="0"/>']);
  });
});
