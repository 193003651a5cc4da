import { DeflateStream, PartData } from './codec';

/**
 * XML written as UTF-8 straight into the part's deflate stream, in chunks of 64 K characters:
 * a region's «Нарушения» is 100 MB of XML, and neither its text nor its UTF-8 is ever held
 * whole (a list of millions of small strings kept until one join is also what the garbage
 * collector then spends seconds on). Pieces are joined into a short string and encoded as
 * soon as it is long.
 */
export class XmlSink {
  private current = '';
  private readonly encoder = new TextEncoder();

  constructor(private readonly stream: DeflateStream) {}

  push(...pieces: string[]): void {
    for (const piece of pieces) this.current += piece;
    if (this.current.length > 1 << 16) this.flush();
  }

  end(): PartData {
    this.flush();
    return this.stream.end();
  }

  private flush(): void {
    if (this.current) this.stream.push(this.encoder.encode(this.current));
    this.current = '';
  }
}
