import { promisify } from 'node:util';
import { ZlibOptions, constants, crc32, deflateRaw, inflateRawSync } from 'node:zlib';
import { Codec, DeflateStream, joinChunks } from './codec';

// Level 3: half the time of the default 6 on a region's sheets, for about a fifth more bytes.
const LEVEL = 3;
/**
 * Plain bytes gathered before each deflate call: large enough that the lost window at each seam
 * costs nothing, and at most the megabyte XmlSink hands over, so its pieces go as they are.
 */
const PIECE = 1 << 19;

/** Node's native zlib: what the command line and the benchmarks use. */
export const nodeCodec: Codec = {
  inflate(data, size) {
    // maxOutputLength stops a part that inflates past what its header declared (a zip bomb).
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    if (out.length !== size) throw new RangeError('inflated size differs from the declared one');
    return out;
  },
  deflateStream: () => nodeDeflateStream(),
  crc32: (data) => crc32(data),
};

const deflateRawLater = promisify(deflateRaw) as (data: Uint8Array, options: ZlibOptions) => Promise<Buffer>;

/**
 * A deflate stream may be cut anywhere between blocks: each piece is deflated on its own and
 * ended by a sync flush (no final block), the last one finished. The pieces laid end to end
 * are one valid stream (as pigz writes them). Each piece goes to zlib's thread pool at once,
 * so on a second core it is deflated while the rows after it are being written.
 */
function nodeDeflateStream(): DeflateStream {
  const raw: Promise<Buffer>[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let crc = 0;
  let size = 0;
  const deflatePending = (final: boolean) => {
    const plain = joinChunks(pending);
    pending = [];
    pendingBytes = 0;
    const piece = deflateRawLater(plain, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    // Handled here, awaited in end(): a failure then is the part's, not an unhandled rejection.
    piece.catch(() => undefined);
    raw.push(piece);
  };
  return {
    push(plain) {
      crc = crc32(plain, crc);
      size += plain.length;
      pending.push(plain);
      pendingBytes += plain.length;
      if (pendingBytes >= PIECE) deflatePending(false);
    },
    async end() {
      deflatePending(true);
      return { raw: joinChunks(await Promise.all(raw)), crc, size };
    },
  };
}
