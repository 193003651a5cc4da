import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { nodeCodec } from '../src/adapters/xlsx-package/node-codec';
import { readZipEntries } from '../src/adapters/xlsx-package/zip-entries';

/**
 * The floors the command line is measured against, each in a fresh process as the command
 * line runs: `exceljs FILE` (exceljs readFile, the model only), `sax FILE` (every part
 * inflated with zlib and every XML part through saxes, doing nothing: no reader can do less).
 * Prints the wall time in ms.
 */
async function main(kind: string, file: string): Promise<void> {
  const start = process.hrtime.bigint();
  if (kind === 'exceljs') {
    const { Workbook } = await import('exceljs');
    await new Workbook().xlsx.readFile(file);
  } else {
    const decoder = new TextDecoder();
    for (const entry of readZipEntries(new Uint8Array(readFileSync(file)))) {
      const data = entry.method === 8 ? nodeCodec.inflate(entry.raw, entry.size) : entry.raw;
      if (!/\.(xml|rels)$/.test(entry.name)) continue;
      const parser = new SaxesParser();
      for (let at = 0; at < data.length; at += 1 << 20)
        parser.write(decoder.decode(data.subarray(at, at + (1 << 20)), { stream: at + (1 << 20) < data.length }));
      parser.close();
    }
  }
  process.stdout.write(`${Number(process.hrtime.bigint() - start) / 1e6}\n`);
}

void main(process.argv[2] ?? 'sax', process.argv[3] ?? '');
