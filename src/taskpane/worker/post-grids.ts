import { WorkbookGrids } from '../../core/model/grid';
import { gridParts } from './grid-parts';
import { WorkerClient } from './worker-client';

/**
 * Posts the grids the page read to the worker a slice at a time: each slice is its own short
 * task on the page (its answer comes back in a later one), where the whole book in one message
 * held the page for about a quarter of a second at 5,000 schools. The next call passes null
 * for the book: the worker uses what it received.
 */
export async function postGrids(client: WorkerClient, book: WorkbookGrids): Promise<null> {
  await client.run((api) => api.startGrids(book.name));
  for (const part of gridParts(book)) await client.run((api) => api.addGridPart(part));
  return null;
}
