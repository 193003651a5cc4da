import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeSampleWorkbook } from '../src/hosts/cli/samples/make-samples';

export const OUTPUT_DIR = 'bench-output';

export interface RegionSet {
  schools: number;
  path: string;
  bytes: Uint8Array;
}

/**
 * The demo's monitoring workbook grown to `schools` rows per sheet: ФГИС МШ,
 * «Сферум», РИС ЭШ, the schools' own report table and the «Справочник ОО»
 * registry, with the demo's messy names and gaps. Generated, never committed.
 */
export async function writeRegionSet(schools: number): Promise<RegionSet> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const bytes = await makeSampleWorkbook(schools);
  const path = join(OUTPUT_DIR, `region-${schools}.xlsx`);
  await writeFile(path, bytes);
  return { schools, path, bytes };
}
