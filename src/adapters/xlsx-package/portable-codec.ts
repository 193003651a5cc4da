import { Deflate, inflateSync } from 'fflate';
import { Codec, joinChunks } from './codec';
import { crc32 } from './crc32';

/** The codec a browser has: fflate in plain JavaScript (the command line does not load it). */
export const portableCodec: Codec = {
  inflate(data, size) {
    const out = inflateSync(data, { out: new Uint8Array(size) });
    if (out.length !== size) throw new RangeError('inflated size differs from the declared one');
    return out;
  },
  deflateStream() {
    const chunks: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
    let crc = 0;
    let size = 0;
    return {
      push(plain) {
        crc = crc32(plain, crc);
        size += plain.length;
        deflate.push(plain);
      },
      end() {
        deflate.push(new Uint8Array(0), true);
        return { raw: joinChunks(chunks), crc, size };
      },
    };
  },
  crc32: (data) => crc32(data),
};
