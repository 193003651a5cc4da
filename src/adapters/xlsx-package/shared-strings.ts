import { parsePart } from './sax-part';

/** The shared strings: plain and rich text alike, phonetic guides (<rPh>) left out. */
export function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parsePart(bytes, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 't' && phonetic === 0) inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        out.push(current ? current.join('') : '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return out;
}
