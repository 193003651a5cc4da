import { DeflateStream, PartData } from './codec';

/** Characters gathered before they are encoded; bytes handed to the deflate stream at a time. */
const TEXT = 1 << 16;
const PIECE = 1 << 20;

/**
 * XML written as UTF-8 straight into the part's deflate stream: a region's «Нарушения» is
 * 100 MB of XML, and neither its text nor its UTF-8 is ever held whole (a list of millions
 * of small strings kept until one join is also what the garbage collector then spends seconds
 * on). Pieces are joined into a short string, which is encoded into the current megabyte
 * (`encodeInto`: no array per string, no second copy to gather the megabyte), and each full
 * megabyte goes to the stream.
 */
export class XmlSink {
  private current = '';
  private bytes = new Uint8Array(PIECE);
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly stream: DeflateStream) {}

  push(...pieces: string[]): void {
    for (const piece of pieces) this.current += piece;
    if (this.current.length > TEXT) this.encode();
  }

  end(): PartData {
    this.encode();
    if (this.at > 0) this.stream.push(this.bytes.subarray(0, this.at));
    return this.stream.end();
  }

  private encode(): void {
    let text = this.current;
    this.current = '';
    while (text.length > 0) {
      const { read, written } = this.encoder.encodeInto(text, this.bytes.subarray(this.at));
      this.at += written;
      if (read === text.length) break;
      // The megabyte is full (up to a character that did not fit): it goes, a new one begins.
      this.stream.push(this.bytes.subarray(0, this.at));
      this.bytes = new Uint8Array(PIECE);
      this.at = 0;
      text = text.slice(read);
    }
  }
}
