import { addWorkingDays } from '../calendar/working-days';
import { Finding, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { IsoDate, formatRuDate } from '../model/iso-date';
import { Registry, School } from '../model/registry';
import { LetterRegisterRow } from '../plan/workbook-plan';
import { Roadmap, RoadmapItem } from '../roadmap/schema';
import { addresseeFor } from './addressee';
import { wordFinding } from './finding-wording';
import { LetterItem, LetterModel, LetterRow } from './letter-model';
import { firstFreeNumber, formatLetterNumber, registeredLetters, runningNumber } from './letter-numbering';
import { LetterSettings } from './letter-settings';
import { itemsPhrase, lowerFirst } from './item-phrases';
import { formatLetterDate } from './russian-text';
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
  /** First outgoing number (see firstFreeNumber); settings.nextNumber otherwise. */
  firstNumber?: number;
  /**
   * The «Реестр писем» rows already written. New letters are numbered past them;
   * a letter the register already holds (same school, date and items) keeps its number.
   */
  register?: readonly LetterRegisterRow[];
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

function itemText(number: string, roadmapItem: RoadmapItem | undefined, rows: LetterRow[], repeated: boolean): string {
  const requirement = roadmapItem?.expectedResult.trim().replace(/\.+$/, '');
  const head = roadmapItem
    ? `Пункт ${number} «${roadmapItem.title.trim().replace(/\.+$/, '')}»${requirement ? ` предусматривает: ${lowerFirst(requirement)}.` : '.'}`
    : `Пункт ${number}.`;
  const repeat = repeated ? ' Нарушения по этому пункту выявлены повторно: они отмечались и по итогам предыдущего мониторинга.' : '';
  return `${head} По данным мониторинга: ${rows.map((r) => r.sentence).join(' ')}${repeat}`;
}

function requestParagraphs(items: LetterItem[], rows: LetterRow[], deadlineText: string): string[] {
  const missingData = rows.some((r) => r.status === 'no_data' || r.status === 'missing');
  const request =
    `Прошу в срок до ${deadlineText} представить письменные объяснения о причинах выявленных нарушений ` +
    `и информацию о принятых мерах по их устранению${missingData ? ', а также недостающие сведения' : ''}.`;
  const repeatedItems = items.filter((i) => i.repeated).map((i) => i.number);
  if (repeatedItems.length === 0) return [request];
  return [
    request,
    `Обращаю внимание, что нарушения по ${itemsPhrase(repeatedItems)} выявлены повторно. ` +
      'Прошу дополнительно пояснить, почему ранее принятые меры не дали результата.',
  ];
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

  const ctx = { asOf: input.asOf, dateStyle: settings.dateStyle };
  const deadline = addWorkingDays(input.today, settings.responseWorkingDays);
  const deadlineText = formatLetterDate(deadline, settings.dateStyle);
  const asOfText = formatLetterDate(input.asOf, settings.dateStyle);
  const register = input.register ?? [];
  const registeredLetter = registeredLetters(register);
  let next = input.firstNumber ?? firstFreeNumber(register, settings);
  const dateText = formatLetterDate(input.today, settings.dateStyle);

  return schoolIds.map((schoolId) => {
    const school = schoolOf(input.registry, schoolId);
    const findings = bySchool.get(schoolId) ?? [];
    const numbers = [...new Set(findings.map((f) => f.item))].sort(compareItems);
    const items: LetterItem[] = numbers.map((number) => {
      const rows = findings.filter((f) => f.item === number).map((f) => wordFinding(f, ctx));
      const repeated = rows.some((r) => r.repeated);
      const roadmapItem = itemsByNumber.get(number);
      return {
        number,
        title: roadmapItem?.title ?? null,
        requirement: roadmapItem?.expectedResult ?? null,
        repeated,
        text: itemText(number, roadmapItem, rows, repeated),
        rows,
      };
    });
    const rows = items.flatMap((i) => i.rows);
    const known = registeredLetter({ school: school.name, inn: school.inn, dateText: formatRuDate(input.today), items: numbers });
    const sequence = known ? (runningNumber(known.number, settings.numberPrefix) ?? 0) : next++;
    return {
      schoolId,
      school: school.name,
      inn: school.inn,
      shortName: schoolShortName(school.name),
      number: known ? known.number : formatLetterNumber(settings.numberPrefix, sequence),
      sequence,
      date: input.today,
      dateText,
      asOf: input.asOf,
      asOfText,
      deadline,
      deadlineText,
      department: settings.department,
      signatory: settings.signatory,
      executor: settings.executor,
      city: settings.city ?? null,
      addressee: addresseeFor(school),
      title: LETTER_TITLE,
      intro: [
        `По результатам мониторинга исполнения плана мероприятий («дорожной карты») «${roadmap.title}» ` +
          `по состоянию на ${asOfText} в ${school.name} выявлены нарушения по ${itemsPhrase(numbers)}.`,
      ],
      items,
      rows,
      request: requestParagraphs(items, rows, deadlineText),
      repeated: items.some((i) => i.repeated),
    };
  });
}
