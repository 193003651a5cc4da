import { Zip, ZipPassThrough } from 'fflate';

/**
 * The letters in one zip, built as each file is rendered: a file is added and let go, so a
 * region's batch is never held twice. .docx and PDF are compressed already: they are stored.
 * No «letters/» folder inside, so they unpack where the user opens the zip.
 */
export class LetterZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private done: Promise<void>;
  private finish: () => void = () => undefined;
  private fail: (error: Error) => void = () => undefined;

  constructor() {
    this.done = new Promise((resolve, reject) => {
      this.finish = resolve;
      this.fail = reject;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) return this.fail(error);
      this.chunks.push(chunk);
      if (final) this.finish();
    });
  }

  add(path: string, data: Uint8Array): void {
    const entry = new ZipPassThrough(path.replace(/^letters\//, ''));
    // A fixed date: the same letters give the same zip.
    entry.mtime = new Date(Date.UTC(2020, 0, 1));
    this.zip.add(entry);
    entry.push(data, true);
  }

  async bytes(): Promise<Uint8Array> {
    this.zip.end();
    await this.done;
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
