import { columnLetters } from '../../../src/core/model/grid';
import { IsoDate, isIsoDate } from '../../../src/core/model/iso-date';
import { MeasureId, measureDef } from '../../../src/core/model/measures';
import { MeasureValue, MonitoringRow, MonitoringTable } from '../../../src/core/model/monitoring';
import { Registry, School } from '../../../src/core/model/registry';
import { normaliseSchoolName } from '../../../src/core/model/school-name';
import { Control, Indicator, Roadmap, RoadmapItem, Rule, Schedule } from '../../../src/core/roadmap/schema';

/** Test data builders: schools, monitoring tables as ingestion would hand them over, small roadmaps. */

export class SchoolBuilder {
  private inn: string | null = null;
  private isFlagship = false;

  constructor(private readonly name: string) {}

  withInn(inn: string): SchoolBuilder {
    this.inn = inn;
    return this;
  }

  flagship(): SchoolBuilder {
    this.isFlagship = true;
    return this;
  }

  build(): School {
    return {
      id: this.inn ?? `name:${normaliseSchoolName(this.name)}`,
      name: this.name,
      inn: this.inn,
      director: null,
      email: null,
      flagship: this.isFlagship,
    };
  }
}

export const aSchool = (name: string): SchoolBuilder => new SchoolBuilder(name);

type SchoolLike = School | SchoolBuilder;
const toSchool = (s: SchoolLike): School => (s instanceof SchoolBuilder ? s.build() : s);

export function aRegistry(...schools: SchoolLike[]): Registry {
  return { source: 'Справочник ОО', schools: schools.map(toSchool) };
}

/** An unreadable cell, as ingestion reports it. */
export const invalid = (raw: string, reason = 'не число'): { invalid: string; reason: string } => ({ invalid: raw, reason });

/**
 * A cell as a test writes it: a number, a flag, an ISO date, null or «н/д»
 * for an empty cell, or `invalid('много')`.
 */
export type CellSpec = number | boolean | string | null | { invalid: string; reason: string };

const MISSING_WORDS = new Set(['', 'н/д', '-', 'нет данных']);

function toValue(spec: CellSpec): MeasureValue {
  if (spec === null) return { kind: 'missing', raw: null };
  if (typeof spec === 'number') return { kind: 'number', value: spec };
  if (typeof spec === 'boolean') return { kind: 'flag', value: spec };
  if (typeof spec === 'string') {
    if (MISSING_WORDS.has(spec)) return { kind: 'missing', raw: spec };
    if (isIsoDate(spec)) return { kind: 'date', value: spec };
    return { kind: 'invalid', raw: spec, reason: 'не распознано' };
  }
  return { kind: 'invalid', raw: spec.invalid, reason: spec.reason };
}

/**
 * A sheet laid out as УО exports are: two header rows (3–4), `№ п/п` in A,
 * the school in B, measures from C on in order of first mention; data from row 5.
 */
export class TableBuilder {
  private readonly columns: MeasureId[] = [];
  private readonly rows: MonitoringRow[] = [];
  private date: IsoDate | null = null;

  constructor(private readonly sheet: string) {}

  asOf(date: IsoDate): TableBuilder {
    this.date = date;
    return this;
  }

  /** Declares columns even if no row fills them. */
  covering(...measures: MeasureId[]): TableBuilder {
    for (const m of measures) this.column(m);
    return this;
  }

  row(school: SchoolLike, values: Record<MeasureId, CellSpec>): TableBuilder {
    const s = toSchool(school);
    return this.addRow(s.name, s.inn, s.id, values);
  }

  /** A row whose school matched nothing in the registry. */
  unmatchedRow(name: string, values: Record<MeasureId, CellSpec>): TableBuilder {
    return this.addRow(name, null, null, values);
  }

  build(): MonitoringTable {
    return {
      book: 'Мониторинг.xlsx',
      sheet: this.sheet,
      asOf: this.date,
      measures: [...this.columns],
      rows: this.rows,
      mapping: this.columns.map((m, i) => ({
        sheet: this.sheet,
        column: columnLetters(i + 3),
        header: measureDef(m)?.label ?? m,
        measure: m,
        confidence: 'sure',
        alternatives: [],
      })),
      headerRows: [3, 4],
    };
  }

  private column(measure: MeasureId): string {
    if (!this.columns.includes(measure)) this.columns.push(measure);
    return columnLetters(this.columns.indexOf(measure) + 3);
  }

  private addRow(name: string, inn: string | null, schoolId: string | null, values: Record<MeasureId, CellSpec>): TableBuilder {
    const row = 5 + this.rows.length;
    const measures: MonitoringRow['measures'] = {};
    for (const [measure, spec] of Object.entries(values)) {
      measures[measure] = { value: toValue(spec), sheet: this.sheet, cell: `${this.column(measure)}${row}` };
    }
    this.rows.push({ schoolName: name, inn, schoolId, sheet: this.sheet, row, measures });
    return this;
  }
}

export const aTable = (sheet: string): TableBuilder => new TableBuilder(sheet);

export function anIndicator(id: string, title: string, rule: Rule, extra: Partial<Pick<Indicator, 'scope' | 'dueFrom'>> = {}): Indicator {
  return { id, title, scope: extra.scope ?? 'school', rule, ...(extra.dueFrom ? { dueFrom: extra.dueFrom } : {}) };
}

export function anItem(number: string, indicators: Indicator[], control: Partial<Control> = {}): RoadmapItem {
  return {
    number,
    title: `Пункт ${number}`,
    period: '2025',
    responsible: 'ОО',
    expectedResult: '',
    control: { text: '', schedules: [] as Schedule[], ...control },
    footnote: true,
    monitored: true,
    indicators,
  };
}

export function aRoadmap(items: RoadmapItem[], year = 2025): Roadmap {
  return { id: 'test-roadmap', title: 'Тестовая дорожная карта', year, items: items as Roadmap['items'] };
}

/** The ФГИС «Моя школа» teachers indicator of item 3.2, the workhorse of many tests. */
export const teachersRegistered = (target = 100): Indicator =>
  anIndicator('3.2-teachers-registered', 'Доля педагогов, зарегистрированных во ФГИС «Моя школа»', {
    kind: 'share_at_least',
    numerator: 'teachers_fgis_registered',
    denominator: 'teachers_total',
    percentMeasure: 'teachers_fgis_registered_pct',
    target,
  });
