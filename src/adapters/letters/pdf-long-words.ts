/**
 * pdfmake breaks a word wider than its line by a binary search over prefixes of the rest of
 * the word, measuring each prefix anew, line after line: a 32,767-character school name (the
 * longest text an Excel cell holds) with no space in it took minutes, the time growing with
 * the square of its length. A zero-width space (U+200B, in Liberation Serif with no width) every
 * few characters of such a word gives the line breaker places to break, so the word is set as
 * before, broken at the line's end, in linear time. Ordinary words are far shorter and keep their
 * text, so the PDF still breaks its lines where the .docx does.
 */
export const LONG_WORD = 64;
const PIECE = 8;
const ZWSP = '\u200B';
const longWord = new RegExp(`[^\\s\\u200B]{${LONG_WORD},}`, 'g');
const piece = new RegExp(`.{1,${PIECE}}`, 'gsu');

export function breakLongWords(text: string): string {
  if (text.length < LONG_WORD) return text;
  return text.replace(longWord, (word) => (word.match(piece) ?? [word]).join(ZWSP));
}

/** Every `text` of pdfmake content, long words broken; the rest of the content as it was. */
export function withBreakableWords<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withBreakableWords) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'text' && typeof value === 'string' ? breakLongWords(value) : withBreakableWords(value);
  }
  return out as T;
}
