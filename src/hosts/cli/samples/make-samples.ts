import { Workbook } from 'exceljs';
import { addEshSheet } from './esh-sheet';
import { addFgisSheet } from './fgis-sheet';
import { addRegistrySheet } from './registry-sheet';
import { addReportsSheet } from './reports-sheet';
import { sampleSchools } from './sample-schools';
import { addSferumSheet } from './sferum-sheet';

export interface SampleFile {
  name: string;
  data: Uint8Array;
}

/** The fixed file date keeps regenerated samples byte-for-byte comparable in what they hold. */
const CREATED = new Date(Date.UTC(2025, 2, 3, 9, 0, 0));

/**
 * The bundled sample: a municipality's monitoring workbook as of 03.03.2025
 * with the four kinds of sheet a УО receives and its «Справочник ОО».
 * `schools` lets a benchmark grow the same layout to region scale.
 */
export async function makeSampleWorkbook(schools = 25): Promise<Uint8Array> {
  const list = sampleSchools(schools);
  const wb = new Workbook();
  wb.creator = 'roadmap-control samples';
  wb.created = CREATED;
  wb.modified = CREATED;
  addFgisSheet(wb, list, '03.03.2025');
  addSferumSheet(wb, list, '03.03.2025');
  addEshSheet(wb, list, '03.03.2025');
  addReportsSheet(wb, list);
  addRegistrySheet(wb, list);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function makeSamples(): Promise<SampleFile[]> {
  return [{ name: 'monitoring-2025-03-03.xlsx', data: await makeSampleWorkbook() }];
}
