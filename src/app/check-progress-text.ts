import { CheckProgress, CheckStage, CheckStep } from '../core/model/check-progress';

/** Thousands apart by a no-break space, as the pane sets every count («5 000»). */
const count = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** A step of the check in the words the progress line shows: «Проверка: 1 000 из 5 000 школ». */
export function checkStepLabel(step: CheckStep): string {
  const of = `${count(step.done)} из ${count(step.total)}`;
  switch (step.stage) {
    case 'sheets':
      return `Чтение листов: ${of}`;
    case 'schools':
      return `Проверка: ${of} школ`;
    case 'letters':
      return `Составление писем: ${of}`;
  }
}

/** Where each stage sits on the bar of a check, roughly as long as each takes at region scale. */
const SPAN: Record<CheckStage, [number, number]> = { sheets: [0.2, 0.35], schools: [0.35, 0.7], letters: [0.7, 0.9] };

export function checkStepFraction(step: CheckStep): number {
  const [from, to] = SPAN[step.stage];
  return from + (to - from) * (step.total > 0 ? Math.min(1, step.done / step.total) : 1);
}

/**
 * The check runs in one go (in the worker, so the page stays free): its counts are posted as
 * they come, not awaited. In the worker each call is a message the page paints at once.
 */
export function checkCountsTo(progress: (label: string, fraction: number) => void | Promise<void>): CheckProgress {
  return (step) => void Promise.resolve(progress(checkStepLabel(step), checkStepFraction(step))).catch(() => undefined);
}
