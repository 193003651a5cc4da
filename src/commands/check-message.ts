import { describeDiagnostic } from '../app/describe-diagnostic';
import { CheckSession } from '../app/check-session';
import { STATUSES_NEEDING_EXPLANATION } from '../core/model/finding';
import { OWN_SHEETS } from '../core/plan/workbook-plan';

/** «Проверка выполнена: школ — 5 000, замечаний — 1 234, писем к отправке — 3 400.» */
export function checkResultMessage(session: CheckSession): string {
  const { result, letters } = session;
  const findings = result.evaluation.findings.filter((f) => STATUSES_NEEDING_EXPLANATION.includes(f.status)).length;
  return `Проверка выполнена: школ — ${groups(result.registry.schools.length)}, замечаний — ${groups(findings)}, писем к отправке — ${groups(letters.length)}. Итоги — на листе «${OWN_SHEETS.summary}», письма — в панели «Письма».`;
}

/** Why a book was left as it was: no monitoring table, with the first error in plain words. */
export function notCheckedMessage(session: CheckSession): string {
  const first = session.result.diagnostics.find((d) => d.severity === 'error');
  return `Таблицы мониторинга не найдены, книга не изменена.${first ? ` ${describeDiagnostic(first)}` : ''}`;
}

/** 5 000: thousands apart by a no-break space. */
function groups(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
