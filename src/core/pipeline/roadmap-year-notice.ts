import { Diagnostic, diagnostic } from '../model/diagnostic';
import { IsoDate, formatRuDate, isoParts } from '../model/iso-date';
import { Roadmap } from '../roadmap/schema';

/**
 * A plan is for one year, and its deadlines and control dates are that year's. A monitoring of a
 * later year checked against it is worth a warning where the user looks: the deadlines have all
 * passed, and the calendar shows the plan's year, not what is next.
 */
export function roadmapYearNotice(roadmap: Roadmap, asOf: IsoDate): Diagnostic[] {
  const year = isoParts(asOf).year;
  if (year <= roadmap.year) return [];
  return [
    diagnostic(
      'rules.year-passed',
      'warning',
      `Правила проверки — «${roadmap.title}» на ${roadmap.year} год, а мониторинг — на ${formatRuDate(asOf)}: сроки и календарь контроля взяты из плана ${roadmap.year} года. ` +
        `Чтобы проверять по плану ${year} года, измените даты и пороги на листе «Правила» (команда «roadmap-control rules» или кнопка «Правила»).`,
    ),
  ];
}
