import { checkStepFraction, checkStepLabel } from '../../src/app/check-progress-text';
import { checkBookSession } from '../../src/app/check-session';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { CheckStep, PROGRESS_EVERY } from '../../src/core/model/check-progress';
import { book, fgisSheet, grid } from '../core/pipeline/grids';

const SCHOOLS = 1_234;

/** A district of 1,234 schools on one ФГИС sheet, every other one short of teachers (it gets a letter). */
function district() {
  const rows = Array.from({ length: SCHOOLS }, (_, i): [string, string, number, number] => [
    `МБОУ «СОШ № ${i + 1}»`,
    String(3625000000 + i),
    40,
    i % 2 === 0 ? 20 : 40,
  ]);
  return book(
    'Район.xlsx',
    fgisSheet('Регистрация педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025', rows),
    grid('Примечания', [['Сведения собраны 03.03.2025']]),
  );
}

describe('the progress of a check', () => {
  const steps: CheckStep[] = [];
  const session = checkBookSession(district(), DEFAULT_SETTINGS, '2025-03-05', (step) => steps.push(step));
  const of = (stage: CheckStep['stage']) => steps.filter((s) => s.stage === stage);

  it('counts sheets, then schools, then letters, each up to its total', () => {
    expect([...new Set(steps.map((s) => s.stage))]).toEqual(['sheets', 'schools', 'letters']);
    expect(of('sheets').map((s) => `${s.done}/${s.total}`)).toEqual(['0/2', '1/2', '2/2']);
    expect(of('schools').map((s) => s.done)).toEqual([0, 500, 1000, SCHOOLS]);
    expect(of('schools').every((s) => s.total === SCHOOLS)).toBe(true);
    const letters = session.letters.length;
    expect(letters).toBeGreaterThan(PROGRESS_EVERY);
    expect(of('letters').at(-1)).toEqual({ stage: 'letters', done: letters, total: letters });
  });

  it('reads as a person would follow it, the bar only ever moving forward', () => {
    const labels = steps.map(checkStepLabel);
    expect(labels).toContain('Проверка: 1\u00a0000 из 1\u00a0234 школ');
    expect(labels).toContain('Чтение листов: 1 из 2');
    expect(labels.at(-1)).toBe(`Составление писем: ${session.letters.length} из ${session.letters.length}`);
    expect(new Set(labels).size).toBe(labels.length);
    const bar = steps.map(checkStepFraction);
    expect(bar).toEqual([...bar].sort((a, b) => a - b));
    expect(bar[0]).toBeGreaterThan(0);
    expect(bar.at(-1)).toBeLessThan(1);
  });

  it('reports a few times per thousand schools, and the check is the same with or without it', () => {
    // Every PROGRESS_EVERY schools and letters, plus each stage's first and last count: not per school.
    expect(steps.length).toBeLessThanOrEqual(3 + 2 * (Math.ceil(SCHOOLS / PROGRESS_EVERY) + 1));
    const silent = checkBookSession(district(), DEFAULT_SETTINGS, '2025-03-05');
    expect(silent.letters.map((l) => l.number)).toEqual(session.letters.map((l) => l.number));
    expect(silent.result.evaluation.findings).toEqual(session.result.evaluation.findings);
  });
});
