import { CellValue } from '../model/grid';
import { MeasureType } from '../model/measures';
import { MeasureValue } from '../model/monitoring';
import { PercentScale, parseCell } from './parse-value';
import { ValuePool } from './value-pool';

/**
 * One measure column's cells → typed values, each distinct cell parsed once.
 * A region's columns repeat the same texts («98,3%», «10.02.2025», «н/д») and
 * the same date serials thousands of times, and parsing them (regexes, dates)
 * was most of what ingestion allocated (npm run bench). A text is parsed
 * without its number format (parseCell reads formats for numbers only), so a
 * text's value is the same in every row; a number's depends on its format too.
 * Only date columns remember numbers: counts are cheap to parse and pooled anyway.
 */
export class ColumnValues {
  private readonly texts = new Map<string, MeasureValue>();
  private readonly serials = new Map<string, Map<number, MeasureValue>>();

  constructor(
    private readonly type: MeasureType,
    private readonly scale: PercentScale,
    private readonly pool: ValuePool,
  ) {}

  read(raw: CellValue, numberFormat: string): MeasureValue {
    if (typeof raw === 'string') {
      let value = this.texts.get(raw);
      if (value === undefined) {
        value = this.parse(raw, numberFormat);
        this.texts.set(raw, value);
      }
      return value;
    }
    if (typeof raw === 'number' && this.type === 'date') {
      let byFormat = this.serials.get(numberFormat);
      if (byFormat === undefined) {
        byFormat = new Map();
        this.serials.set(numberFormat, byFormat);
      }
      // Map keys treat −0 as 0, and parseCell gives them the same value (String(−0) is «0»).
      let value = byFormat.get(raw);
      if (value === undefined) {
        value = this.parse(raw, numberFormat);
        byFormat.set(raw, value);
      }
      return value;
    }
    return this.parse(raw, numberFormat);
  }

  private parse(raw: CellValue, numberFormat: string): MeasureValue {
    return this.pool.share(parseCell(raw, numberFormat, this.type, this.scale));
  }
}
