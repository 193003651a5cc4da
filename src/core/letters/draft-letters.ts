import { CheckProgress, reportEvery } from '../model/check-progress';
import { CalendarAdditions, NO_ADDITIONS, addWorkingDays } from '../calendar/working-days';
import { Finding, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { IsoDate, formatRuDate } from '../model/iso-date';
import { Registry, School } from '../model/registry';
import { LetterRegisterRow } from '../plan/workbook-plan';
import { Roadmap } from '../roadmap/schema';
import { addresseeFor } from './addressee';
import { wordFinding } from './finding-wording';
import { LetterItem, LetterModel, LetterRow } from './letter-model';
import { firstFreeNumber, formatLetterNumber, isUnnumbered, registeredLetters, runningNumber } from './letter-numbering';
import { LetterSettings } from './letter-settings';
import { itemsPhrase } from './item-phrases';
import { roadmapGenitive } from './roadmap-name';
import { bindShortWords, formatLetterDate } from './russian-text';
import { schoolShortName } from './school-short-name';

export interface DraftLettersInput {
  findings: Finding[];
  registry: Registry;
  roadmap: Roadmap;
  /** The monitoring date the findings are as of. */
  asOf: IsoDate;
  /** The letter date: the response deadline counts from it. */
  today: IsoDate;
  settings: LetterSettings;
  /** The department's own transfers of days off (settings.calendar). */
  calendar?: CalendarAdditions;
  /** First outgoing number (see firstFreeNumber); settings.nextNumber otherwise. */
  firstNumber?: number;
  /**
   * The «Реестр писем» rows already written. New letters are numbered past them;
   * a letter the register already holds (same school, date and items) keeps its number.
   */
  register?: readonly LetterRegisterRow[];
  /** Told every few hundred letters. */
  progress?: CheckProgress;
}

export const LETTER_TITLE = 'О предоставлении объяснений';

/** «2.10» after «2.9»: item numbers compare part by part. */
function compareItems(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The item's findings in one paragraph, for a department template that prints text rather than the table. */
function itemText(number: string, rows: LetterRow[]): string {
  return `Пункт ${number}: ${rows.map((r) => r.sentence.replace(/^./, (c) => c.toLowerCase())).join(' ')}`;
}

function requestParagraphs(items: LetterItem[], rows: LetterRow[], deadlineText: string): string[] {
  const missingData = rows.some((r) => r.status === 'no_data' || r.status === 'missing');
  const request =
    `Прошу в срок до ${deadlineText} представить письменные объяснения о причинах нарушений ` +
    `и информацию о принятых мерах по их устранению${missingData ? ', а также недостающие сведения' : ''}.`;
  const repeatedItems = items.filter((i) => i.repeated).map((i) => i.number);
  if (repeatedItems.length === 0) return [request];
  const which = repeatedItems.length === 1 ? `По пункту ${repeatedItems[0]}` : `По ${itemsPhrase(repeatedItems)}`;
  return [request, `${which} нарушения выявлены повторно: прошу пояснить, почему ранее принятые меры не дали результата.`];
}

/** «повторно» once per item: on its first repeated row. */
function markRepeated(rows: LetterRow[]): LetterRow[] {
  const first = rows.findIndex((r) => r.repeated);
  return rows.map((r, i) => (i === first ? { ...r, statusText: `${r.statusText} повторно` } : r));
}

/** Every text of a row with its no-break spaces («№ 1», «п. 2.5», initials). */
function boundRow(row: LetterRow): LetterRow {
  return { ...row, indicator: bindShortWords(row.indicator), value: bindShortWords(row.value), comment: bindShortWords(row.comment), sentence: bindShortWords(row.sentence) };
}

function schoolOf(registry: Registry, schoolId: string): School {
  return (
    registry.schools.find((s) => s.id === schoolId) ?? {
      id: schoolId,
      name: schoolId,
      inn: null,
      director: null,
      email: null,
      flagship: false,
    }
  );
}

/**
 * One explanation request per school that has findings needing one (the
 * plan's footnote), grouped by roadmap item. Schools keep the registry's
 * order so numbers follow the list the department knows.
 */
export function draftLetters(input: DraftLettersInput): LetterModel[] {
  const { settings, roadmap } = input;
  const itemsByNumber = new Map(roadmap.items.map((i) => [i.number, i]));
  const relevant = input.findings.filter(
    (f) => STATUSES_NEEDING_EXPLANATION.includes(f.status) && (!settings.footnoteItemsOnly || itemsByNumber.get(f.item)?.footnote === true),
  );
  const bySchool = new Map<string, Finding[]>();
  for (const f of relevant) {
    const list = bySchool.get(f.schoolId);
    if (list) list.push(f);
    else bySchool.set(f.schoolId, [f]);
  }

  const registryOrder = new Map(input.registry.schools.map((s, i) => [s.id, i]));
  const schoolIds = [...bySchool.keys()].sort(
    (a, b) => (registryOrder.get(a) ?? Infinity) - (registryOrder.get(b) ?? Infinity) || a.localeCompare(b, 'ru'),
  );

  const calendar = input.calendar ?? settings.calendar ?? NO_ADDITIONS;
  // The department may date its letters itself (settings.letterDate): the reply period counts from it.
  const letterDate = settings.letterDate ?? input.today;
  const rules = new Map(roadmap.items.flatMap((i) => i.indicators.map((ind) => [ind.id, ind.rule] as const)));
  const deadline = addWorkingDays(letterDate, settings.responseWorkingDays, calendar);
  const roadmapName = roadmapGenitive(roadmap.title);
  const deadlineText = formatLetterDate(deadline, settings.dateStyle);
  const asOfText = formatLetterDate(input.asOf, settings.dateStyle);
  const register = input.register ?? [];
  const registeredLetter = registeredLetters(register);
  let next = input.firstNumber ?? firstFreeNumber(register, settings);
  const dateText = formatLetterDate(letterDate, settings.dateStyle);

  const letters = schoolIds.map((schoolId, done): LetterModel => {
    reportEvery(input.progress, 'letters', done, schoolIds.length);
    const school = schoolOf(input.registry, schoolId);
    const findings = bySchool.get(schoolId) ?? [];
    const numbers = [...new Set(findings.map((f) => f.item))].sort(compareItems);
    const items: LetterItem[] = numbers.map((number) => {
      const worded = findings
        .filter((f) => f.item === number)
        .map((f) => wordFinding(f, { asOf: input.asOf, dateStyle: settings.dateStyle, rule: rules.get(f.indicatorId) ?? null, calendar }));
      const rows = markRepeated(worded).map(boundRow);
      const roadmapItem = itemsByNumber.get(number);
      return {
        number,
        title: roadmapItem?.title ?? null,
        requirement: roadmapItem?.expectedResult ?? null,
        repeated: rows.some((r) => r.repeated),
        text: itemText(number, rows),
        rows,
      };
    });
    const rows = items.flatMap((i) => i.rows);
    const addressee = addresseeFor(school);
    const listed = registeredLetter({ school: school.name, inn: school.inn, dateText: formatRuDate(letterDate), items: numbers });
    // A row of a letter drafted with a blank number keeps no number: this letter takes the next one.
    const known = listed && !isUnnumbered(listed.number) ? listed : null;
    const sequence = known ? (runningNumber(known.number, settings.numberPrefix) ?? 0) : next++;
    return {
      schoolId,
      school: school.name,
      inn: school.inn,
      shortName: schoolShortName(school.name),
      number: known ? known.number : formatLetterNumber(settings.numberPrefix, sequence),
      sequence,
      date: letterDate,
      dateText,
      asOf: input.asOf,
      asOfText,
      deadline,
      deadlineText,
      department: {
        name: settings.department.name,
        address: bindShortWords(settings.department.address),
        phone: settings.department.phone,
        email: settings.department.email,
      },
      signatory: { position: settings.signatory.position, name: bindShortWords(settings.signatory.name) },
      executor: { name: bindShortWords(settings.executor.name), phone: settings.executor.phone },
      city: settings.city ? bindShortWords(settings.city) : null,
      addressee: { ...addressee, school: bindShortWords(addressee.school) },
      title: LETTER_TITLE,
      intro: [
        `По результатам мониторинга исполнения ${roadmapName} по состоянию на ${asOfText} ` +
          `в ${bindShortWords(school.name)} выявлены нарушения по ${itemsPhrase(numbers)} (таблица).`,
      ],
      items,
      rows,
      request: requestParagraphs(items, rows, deadlineText),
      repeated: items.some((i) => i.repeated),
    };
  });
  reportEvery(input.progress, 'letters', letters.length, letters.length);
  return letters;
}
