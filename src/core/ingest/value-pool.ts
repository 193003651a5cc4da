import { MeasureValue } from '../model/monitoring';

/**
 * Equal cell values share one object. A region's columns repeat the same small
 * counts, report dates and yes/no answers thousands of times, and every object a
 * table keeps is one more the garbage collector copies while the check runs
 * (5,000 schools × 4 sheets: about a third of ingestion was collection, npm run bench).
 * Values are never mutated after parsing, so sharing them changes nothing else.
 * Only kinds with nothing but the value are pooled; «invalid» keeps its own text.
 */
const SMALL_INTEGERS = 4096;

export class ValuePool {
  private readonly integers: Array<MeasureValue | undefined> = [];
  private readonly dates = new Map<string, MeasureValue>();
  private readonly flags: { yes: MeasureValue | null; no: MeasureValue | null } = { yes: null, no: null };
  private nothing: MeasureValue | null = null;

  share(value: MeasureValue): MeasureValue {
    switch (value.kind) {
      case 'number': {
        const n = value.value;
        if (!Number.isInteger(n) || n < 0 || n >= SMALL_INTEGERS || Object.is(n, -0)) return value;
        return (this.integers[n] ??= value);
      }
      case 'date': {
        const known = this.dates.get(value.value);
        if (known) return known;
        this.dates.set(value.value, value);
        return value;
      }
      case 'flag':
        return value.value ? (this.flags.yes ??= value) : (this.flags.no ??= value);
      case 'missing':
        return value.raw === null ? (this.nothing ??= value) : value;
      default:
        return value;
    }
  }
}
