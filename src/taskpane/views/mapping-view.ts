import { CheckSession } from '../../app/check-session';
import { CheckSettings } from '../../app/check-settings';
import { MappingOverride } from '../../core/ingest/ingest-types';
import { MEASURES, measureDef } from '../../core/model/measures';
import { h } from '../dom';

const CONFIDENCE = {
  sure: 'уверенно',
  guess: 'предположение',
  user: 'исправлено вами',
  unknown: 'не распознан — выберите показатель',
  identity: 'сведения о школе',
  ignored: 'пустой, не учитывается',
} as const;
const IGNORE = '';

/**
 * The mapping the check found, column by column, each with a select of
 * measures: a fix is saved (in the workbook in Excel) and the check re-runs.
 */
export function mappingView(
  settings: CheckSettings,
  session: CheckSession | null,
  save: (mapping: MappingOverride[]) => void,
): HTMLElement[] {
  if (!session) return [h('p', {}, 'Сначала выполните проверку: здесь появятся столбцы, которые она распознала.')];
  const mapping = session.result.books.flatMap((b) => b.ingest.mapping);
  if (mapping.length === 0) return [h('p', {}, 'Таблицы мониторинга не найдены.')];
  return [
    h(
      'p',
      { class: 'muted' },
      'Если столбец понят неверно, выберите, что в нём на самом деле. Исправление сохраняется и применяется при следующих проверках.',
    ),
    // The columns nothing recognised come first: each is a part of the check not done yet.
    ...[...mapping.filter((m) => m.confidence === 'unknown'), ...mapping.filter((m) => m.confidence !== 'unknown')].map((m) => {
      const select = h(
        'select',
        { 'aria-label': `${m.sheet}, столбец ${m.column}` },
        h('option', { value: IGNORE }, '— не учитывать —'),
        ...[...new Set([...(m.measure ? [m.measure] : []), ...m.alternatives, ...MEASURES.map((d) => d.id)])].map((id) =>
          h('option', { value: id }, measureDef(id)?.label ?? id),
        ),
      );
      select.value = m.measure ?? IGNORE;
      select.addEventListener('change', () => {
        const rest = settings.mapping.filter((o) => !(o.sheet === m.sheet && o.column === m.column));
        save([...rest, { sheet: m.sheet, column: m.column, measure: select.value || null }]);
      });
      return h(
        'div',
        { class: 'mapping' },
        h('div', {}, h('strong', {}, `${m.sheet}, столбец ${m.column}`), ` (${CONFIDENCE[m.confidence]})`),
        h('div', { class: 'header' }, m.header),
        select,
      );
    }),
  ];
}
