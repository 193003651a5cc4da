import { MeasureId } from '../model/measures';
import { Roadmap, Rule } from '../roadmap/schema';

/** Every measure some indicator of the roadmap reads: only these need a sure mapping. */
export function roadmapMeasures(roadmap: Roadmap): Set<MeasureId> {
  const used = new Set<MeasureId>();
  for (const item of roadmap.items) for (const indicator of item.indicators) for (const m of ruleMeasures(indicator.rule)) used.add(m);
  return used;
}

function ruleMeasures(rule: Rule): MeasureId[] {
  switch (rule.kind) {
    case 'share_at_least':
      return rule.percentMeasure ? [rule.numerator, rule.denominator, rule.percentMeasure] : [rule.numerator, rule.denominator];
    case 'counts_equal':
      return [rule.left, rule.right];
    case 'complete':
      return [...rule.fields];
    default:
      return [rule.measure];
  }
}
