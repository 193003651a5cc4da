import fc from 'fast-check';
import { evaluate } from '../../../src/core/evaluate/evaluate';
import { aRegistry, aRoadmap, aSchool, aTable, anItem, teachersRegistered } from './builders';

const school = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();

function judge(registered: number, total: number, target: number) {
  const roadmap = aRoadmap([anItem('3.2', [teachersRegistered(target)])]);
  const table = aTable('ФГИС МШ').row(school, { teachers_total: total, teachers_fgis_registered: registered }).build();
  return evaluate({ roadmap, registry: aRegistry(school), tables: [table], asOf: '2025-03-03' }).findings[0];
}

describe('share ≥ target over any headcount', () => {
  it('is met exactly when the registered reach the target, and the shortfall is the smallest number of people that would', () => {
    const cases = fc
      .record({
        total: fc.integer({ min: 1, max: 3000 }),
        target: fc.integer({ min: 1, max: 100 }),
        ratio: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ total, target, ratio }) => ({ total, target, registered: Math.floor(total * ratio) }));
    fc.assert(
      fc.property(cases, ({ total, target, registered }) => {
        const f = judge(registered, total, target);
        const needed = Math.ceil((target * total) / 100 - 1e-9);
        if (registered >= needed) return f.status === 'met' && f.shortfall === null;
        const short = f.shortfall?.count ?? -1;
        // With `short` more people the target is reached; with one fewer it is not.
        return f.status === 'not_met' && registered + short >= needed && registered + short - 1 < needed;
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a share above 100 %: more registered than the headcount is a data error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 500 }), (total, extra) => {
        const f = judge(total + extra, total, 100);
        return f.status === 'data_error' && f.value === null;
      }),
      { numRuns: 100 },
    );
  });
});
