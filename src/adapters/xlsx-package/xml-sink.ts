/**
 * XML written as UTF-8 in chunks of 64 KB: a region's «Нарушения» is 20 MB of XML, and a
 * list of millions of small strings kept until one join is what the garbage collector then
 * spends seconds on. Pieces are joined into a short string and encoded as soon as it is long.
 */
export class XmlSink {
  private current = '';
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  push(...pieces: string[]): void {
    for (const piece of pieces) this.current += piece;
    if (this.current.length > 1 << 16) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.current) this.chunks.push(this.encoder.encode(this.current));
    this.current = '';
  }
}
