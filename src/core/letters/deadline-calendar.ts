import { CalendarAdditions, calendarCovers } from '../calendar/working-days';
import { Diagnostic, diagnostic } from '../model/diagnostic';
import { formatRuDate, isoParts } from '../model/iso-date';
import { LetterModel } from './letter-model';

/**
 * A reply date counted across a year whose transfers of days off are not yet decreed: the
 * count has the Labour Code's holidays but may miss a transfer, so the department is told
 * once, with the way to add the transfers itself.
 */
export function deadlineCalendarWarnings(letters: readonly LetterModel[], additions: CalendarAdditions): Diagnostic[] {
  const letter = letters[0];
  if (!letter) return [];
  const from = isoParts(letter.date).year;
  const to = isoParts(letter.deadline).year;
  const unknown: number[] = [];
  for (let year = from; year <= to; year++) if (!calendarCovers(year, additions)) unknown.push(year);
  if (unknown.length === 0) return [];
  const years = unknown.join(' и ');
  return [
    diagnostic(
      'letters.deadline-calendar-unknown',
      'warning',
      `Срок ответа в письмах (${formatRuDate(letter.deadline)}) посчитан по календарю ${years} года, переносы выходных на который ещё не утверждены: ` +
        'учтены праздники по статье 112 Трудового кодекса. Когда постановление о переносах выйдет, проверьте срок ' +
        'или добавьте переносы в настройки писем (calendar.daysOff, calendar.workingDays).',
    ),
  ];
}
