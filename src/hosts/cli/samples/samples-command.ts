import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeSamples } from './make-samples';

/** `roadmap-control samples DIR`: writes the sample workbooks (scripts/make-samples.js refreshes assets/samples). */
export async function samplesCommand(dir: string, out: (line: string) => void): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of await makeSamples()) {
    await writeFile(join(dir, file.name), file.data);
    out(`Записан образец: ${join(dir, file.name)}`);
  }
}
