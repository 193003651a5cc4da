import JSZip from 'jszip';

/** The letters in one zip, without the «letters/» folder so they unpack where the user opens it. */
export async function zipFiles(files: readonly { path: string; data: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.path.replace(/^letters\//, ''), f.data, { date: new Date(Date.UTC(2020, 0, 1)) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
