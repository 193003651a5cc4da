import { NBSP } from './russian-text';

/**
 * A data error as the school should read it: what to correct in its own figures, without the
 * checker's column labels. The evaluator's details follow a few patterns (rules/*.ts); anything
 * else becomes the plain «проверить и исправить сведения».
 */
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/: (\d[\d\s]*) — больше, чем «[^»]*ОО-1[^»]*»: (\d[\d\s]*)$/, (m) => `исправить сведения: указано ${m[1]}, а всего по форме ОО-1 — ${m[2]}`],
  [/: (\d[\d\s]*) — больше, чем «[^»]+»: (\d[\d\s]*)$/, (m) => `исправить сведения: число ${m[1]} больше общего числа ${m[2]}`],
  [/отрицательное значение (\S+)$/, (m) => `исправить отрицательное значение ${m[1]}`],
  [/: (\S+) % — больше 100 %$/, (m) => `исправить долю ${m[1]}${NBSP}%: она больше 100${NBSP}%`],
  [/численность по ОО-1 равна 0/, () => 'указать численность по форме ОО-1 (указано 0)'],
  [/» равно 0: долю посчитать нельзя/, () => 'указать общее число (указано 0)'],
  [/вместо числа указано «([^»]*)»/, (m) => `указать число вместо «${m[1]}»`],
  [/вместо числа указана дата (\S+)/, (m) => `указать число вместо даты ${m[1]}`],
  [/вместо даты указано «([^»]*)»/, (m) => `указать дату вместо «${m[1]}»`],
  [/не удалось прочитать дату «([^»]*)»/, (m) => `исправить дату «${m[1]}»`],
  [/не удалось прочитать «([^»]*)»/, (m) => `исправить значение «${m[1]}»`],
];

export function dataErrorAction(detail: string | null): string {
  const text = (detail ?? '').replace(/\s+/g, ' ').replace(/\u00A0/g, ' ').trim();
  for (const [pattern, action] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return action(m);
  }
  return 'проверить и исправить сведения';
}
