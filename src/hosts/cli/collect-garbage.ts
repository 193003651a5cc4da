import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much heap a collection is not worth its time (0.3 s at 5,000 schools, whose peak is 300 MiB without it). */
const WORTH_IT = 512 * 2 ** 20;

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection between the command line's phases, when the heap is large. At the
 * end of the check the session's tables and findings are garbage, at the end of report.json
 * the report; V8 (its limit is 4 GiB on a 16 GiB machine) would collect them only after the
 * next phase had grown the heap by as much again, and at 30,000 schools that alone carried the
 * peak past 1 GiB. `gc` is exposed the documented way (a V8 flag), in a context of its own.
 */
export function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < WORTH_IT) return;
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
