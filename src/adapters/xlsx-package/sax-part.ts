import { SaxesParser, SaxesTagPlain } from 'saxes';

export interface PartHandler {
  open(local: string, attributes: Record<string, string>): void;
  close(local: string): void;
  text(text: string): void;
}

const SLICE = 1 << 20;

/**
 * Streams one XML part through saxes with local names (a Strict or prefixed file reads the
 * same): decoded a megabyte at a time, so a region's sheet is never one giant string.
 */
export function parsePart(bytes: Uint8Array, handler: PartHandler): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => handler.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag: SaxesTagPlain) => handler.close(local(tag.name)));
  parser.on('text', (text: string) => handler.text(text));
  parser.on('cdata', (text: string) => handler.text(text));
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += SLICE) {
    parser.write(decoder.decode(bytes.subarray(at, at + SLICE), { stream: at + SLICE < bytes.length }));
  }
  parser.close();
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
