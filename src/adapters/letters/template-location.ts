import PizZip from 'pizzip';
import { LocateOffset } from './template-errors';

function partName(file: string): string {
  if (/header\d*\.xml$/.test(file)) return 'верхний колонтитул';
  if (/footer\d*\.xml$/.test(file)) return 'нижний колонтитул';
  if (/footnotes\.xml$/.test(file)) return 'сноски';
  return 'основной текст';
}

const PARAGRAPH = /<w:p(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * docxtemplater reports a position in the part's running text; the user needs
 * «абзац 7 («Прошу в срок до {deadline…»)»: paragraphs are counted in document
 * order (table cells included), as Word shows them.
 */
export function locateInTemplate(zip: PizZip | null): LocateOffset {
  return (file, offset) => {
    const part = file ? partName(file) : 'основной текст';
    const xml = file && zip ? zip.file(file)?.asText() : undefined;
    if (!xml || offset === undefined) return part;
    let position = 0;
    let index = 0;
    for (const paragraph of xml.match(PARAGRAPH) ?? []) {
      index += 1;
      const text = [...paragraph.matchAll(TEXT)].map((m) => unescapeXml(m[1])).join('');
      if (offset < position + text.length) {
        const snippet = text.length > 40 ? `${text.slice(0, 40)}…` : text;
        return `${part}, абзац ${index} («${snippet}»)`;
      }
      position += text.length;
    }
    return part;
  };
}
