import { PartStore } from '../xlsx/add-chart-parts';
import { Codec, DeflatedPart, DeflateStream, PartData } from './codec';
import { ZipEntry, readZipEntries, writeZipEntries } from './zip-entries';
import { PackageLimits, TooLarge } from './limits';
import { toStrict } from './strict-namespaces';

/** 01.01.2025 00:00 in DOS time, for the parts we write: the same input gives the same bytes. */
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

/**
 * A workbook package opened for editing. Parts are inflated only when asked for and not kept;
 * a part set or added is deflated when the package is written; every other part goes out as
 * the bytes it came in. Parts the user had keep their order; the parts we add follow them, in
 * the order they were added, so a re-run that removes and adds ours again writes the same file.
 */
export class XlsxPackage implements PartStore {
  private readonly entries: Map<string, ZipEntry>;
  private readonly order: string[];
  /** Parts set or added, deflated at once: a region's sheets are not held as text until the end. */
  private readonly changed = new Map<string, ZipEntry>();
  private readonly added: string[] = [];
  /**
   * Parts whose deflating is still running beside us (Node's thread pool), settled by toBytes;
   * a part set as text keeps its plain bytes meanwhile, for whoever reads it again.
   */
  private readonly pending = new Map<string, { part: Promise<DeflatedPart>; plain?: Uint8Array }>();
  private readonly decoder = new TextDecoder('utf-8');
  /** A Strict package: the text of every part set from now on is written in the Strict namespaces. */
  strict = false;

  private constructor(
    entries: ZipEntry[],
    private readonly codec: Codec,
    readonly limits: PackageLimits,
  ) {
    this.entries = new Map(entries.map((e) => [e.name, e]));
    this.order = entries.map((e) => e.name);
  }

  /** Throws ZipError on a damaged zip, TooLarge on a part past the limits. */
  static open(bytes: Uint8Array, codec: Codec, limits: PackageLimits): XlsxPackage {
    const entries = readZipEntries(bytes);
    if (entries.length > limits.maxParts) throw new TooLarge('parts', entries.length);
    return new XlsxPackage(entries, codec, limits);
  }

  get paths(): string[] {
    return [...this.order.filter((p) => this.entries.has(p)), ...this.added];
  }

  has(path: string): boolean {
    return this.changed.has(path) || this.entries.has(path) || this.pending.has(path);
  }

  /** The inflated bytes of a part (not kept: a region's sheets are read once). */
  bytes(path: string): Uint8Array | undefined {
    const waiting = this.pending.get(path);
    if (waiting) {
      if (!waiting.plain) throw new Error(`${path}: read while it is being deflated`);
      return waiting.plain;
    }
    const entry = this.changed.get(path) ?? this.entries.get(path);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new TooLarge('encrypted', 0);
    if (entry.size > this.limits.maxPartBytes) throw new TooLarge('part', entry.size, path);
    if (entry.method === 0) return entry.raw;
    if (entry.method !== 8) throw new TooLarge('method', entry.method, path);
    return this.codec.inflate(entry.raw, entry.size);
  }

  text(path: string): string | undefined {
    const bytes = this.bytes(path);
    return bytes === undefined ? undefined : this.decoder.decode(bytes);
  }

  /** The declared inflated size, without inflating. */
  size(path: string): number {
    return (this.changed.get(path) ?? this.entries.get(path))?.size ?? 0;
  }

  setText(path: string, text: string): void {
    this.setBytes(path, new TextEncoder().encode(this.strict ? toStrict(text) : text));
  }

  setBytes(path: string, plain: Uint8Array): void {
    const stream = this.codec.deflateStream();
    stream.push(plain);
    this.setDeflated(path, stream.end(), plain);
  }

  /** A stream to deflate a large part into as it is written (for setDeflated). */
  deflateStream(): DeflateStream {
    return this.codec.deflateStream();
  }

  setDeflated(path: string, part: PartData, plain?: Uint8Array): void {
    if (part instanceof Promise) {
      // Awaited in toBytes; a part replaced or removed before then must not fail as an unhandled rejection.
      part.catch(() => undefined);
      this.changed.delete(path);
      this.placeAdded(path);
      this.pending.set(path, { part, plain });
      return;
    }
    const { raw, crc, size } = part;
    this.pending.delete(path);
    const source = this.entries.get(path);
    this.set(path, {
      name: path,
      method: 8,
      crc,
      size,
      raw,
      flags: 0,
      // A part that was there keeps its time; ours get a fixed one, so the same input gives the same bytes.
      time: source?.time ?? 0,
      date: source?.date ?? DOS_DATE,
    });
  }

  remove(path: string): void {
    this.entries.delete(path);
    this.changed.delete(path);
    this.pending.delete(path);
    const i = this.added.indexOf(path);
    if (i >= 0) this.added.splice(i, 1);
  }

  private set(path: string, data: ZipEntry): void {
    this.placeAdded(path);
    this.changed.set(path, data);
  }

  /** A part of ours removed and written again goes where parts we add go. */
  private placeAdded(path: string): void {
    if (!this.entries.has(path) && !this.added.includes(path)) this.added.push(path);
  }

  /**
   * The package as a zip: untouched parts byte for byte, changed and new ones as deflated when
   * set, once every part still being deflated is done.
   */
  async toBytes(): Promise<Uint8Array> {
    for (const [path, waiting] of [...this.pending]) if (this.pending.get(path) === waiting) this.setDeflated(path, await waiting.part);
    return writeZipEntries(this.paths.map((path) => this.changed.get(path) ?? this.entries.get(path)!));
  }
}
