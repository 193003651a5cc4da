/**
 * How far a check has got, in counts a person can follow: sheets read, schools
 * checked, letters drafted. The core reports it every few hundred schools (by
 * count, never by the clock) and the host turns it into words and a bar.
 */
export type CheckStage = 'sheets' | 'schools' | 'letters';

export interface CheckStep {
  stage: CheckStage;
  done: number;
  total: number;
}

export type CheckProgress = (step: CheckStep) => void;

/** Schools or letters between two reports: a handful of reports per thousand, nothing a check would notice. */
export const PROGRESS_EVERY = 500;

/** Reports `done` of `total` when it is the first, the last or a multiple of PROGRESS_EVERY. */
export function reportEvery(progress: CheckProgress | undefined, stage: CheckStage, done: number, total: number): void {
  if (progress && total > 0 && (done === 0 || done === total || done % PROGRESS_EVERY === 0)) progress({ stage, done, total });
}
