import { FINDING_STATUSES } from '../../core/model/finding';
import { formatRuDate } from '../../core/model/iso-date';
import { STATUS_RU } from '../../core/plan/status-words';
import { columnSummaryLine } from '../../core/report/column-summary';
import { CheckReport } from '../../core/report/report-types';

const AS_OF_SOURCE_RU: Record<CheckReport['asOfSource'], string> = {
  argument: 'задана параметром --as-of',
  workbook: 'взята из книги',
  today: 'в книге не найдена, взята сегодняшняя',
};

/** What the user must know about where the rules and the rounds came from: printed in full, not only counted. */
const SAID_IN_FULL = new Set(['letters.deadline-calendar-unknown', 'rules.from-sheet', 'rules.sheet-ignored', 'rules.year-passed', 'rounds.found', 'rounds.later-ignored']);

/** The short Russian summary printed after a check (and by `npm run demo`). */
export function summaryLines(report: CheckReport): string[] {
  const counts = FINDING_STATUSES.filter((s) => report.summary.findings[s] > 0).map(
    (s) => `${STATUS_RU[s]} — ${report.summary.findings[s]}`,
  );
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  return [
    `Дата мониторинга: ${formatRuDate(report.asOf)} (${AS_OF_SOURCE_RU[report.asOfSource]}); дорожная карта: ${report.roadmap}.`,
    `Проверено школ: ${report.summary.schools}; из них требуют объяснений: ${report.summary.schoolsNeedingExplanation}.`,
    `Результаты по показателям: ${counts.length > 0 ? counts.join(', ') : 'нет'}.`,
    `Подготовлено писем-запросов: ${report.summary.letters}.`,
    columnSummaryLine(report.summary.columns),
    `Замечания к данным: ошибок — ${errors}, предупреждений — ${warnings} (подробно в report.json).`,
    ...report.diagnostics.filter((d) => SAID_IN_FULL.has(d.id ?? '')).map((d) => d.message),
  ];
}
