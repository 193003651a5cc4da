import { PaneSession } from '../pane-session';
import { CheckSettings } from '../../app/check-settings';
import { MappingOverride } from '../../core/ingest/ingest-types';
import { MEASURES, measureDef } from '../../core/model/measures';
import { h } from '../dom';

const CONFIDENCE = {
  sure: 'распознан по заголовку',
  guess: 'распознан приблизительно — проверьте',
  user: 'исправлен вами',
  unknown: 'не распознан — выберите показатель',
  identity: 'сведения о школе',
  ignored: 'пустой, не учитывается',
} as const;
const IGNORE = '';

/**
 * «Дата направления информации в УО (п. 2.3)» → «п. 2.3: Дата направления информации в УО»:
 * what tells similar measures apart comes first, so a narrow select still shows it.
 */
export function measureOptionText(label: string): string {
  const m = /^(.*\S)\s*\((п\.\s*[\d.]+)\)$/.exec(label);
  return m ? `${m[2].replace(/\s+/, '\u00a0')}: ${m[1]}` : label;
}

/** The data-column key of a column's select, for the pane to put focus back on it after the re-check. */
export function columnKey(sheet: string, column: string): string {
  return `${sheet}|${column}`;
}

/**
 * The mapping the check found, column by column: the column's own header as
 * the label, what the check understood as the hint, and a select of
 * measures; a fix is saved with the book and the check re-runs.
 */
export function mappingView(
  settings: CheckSettings,
  session: PaneSession | null,
  save: (mapping: MappingOverride[], key: string) => void,
): HTMLElement[] {
  if (!session) return [h('p', {}, 'Сначала выполните проверку на вкладке «Проверка»: здесь появятся столбцы, которые она распознала.')];
  const mapping = session.mapping;
  if (mapping.length === 0)
    return [h('p', {}, 'Таблицы мониторинга не найдены: распознавать нечего. Выберите другую книгу на вкладке «Проверка».')];
  const ordered = [...mapping.filter((m) => m.confidence === 'unknown'), ...mapping.filter((m) => m.confidence !== 'unknown')];
  return [
    h('h2', { tabindex: '-1' }, 'Столбцы книги'),
    h(
      'p',
      { class: 'hint' },
      'Если столбец понят неверно, выберите, что в нём на самом деле. Исправление сохраняется для этой книги и применяется при следующих проверках.',
    ),
    // The columns nothing recognised come first: each is a part of the check not done yet.
    ...ordered.map((m, i) => {
      const id = `column-${i}`;
      const select = h(
        'select',
        { id, 'data-column': columnKey(m.sheet, m.column), 'aria-describedby': `${id}-where ${id}-state` },
        h('option', { value: IGNORE }, '— не учитывать —'),
        ...[...new Set([...(m.measure ? [m.measure] : []), ...m.alternatives, ...MEASURES.map((d) => d.id)])].map((mid) =>
          h('option', { value: mid }, measureOptionText(measureDef(mid)?.label ?? mid)),
        ),
      );
      select.value = m.measure ?? IGNORE;
      select.addEventListener('change', () => {
        const rest = settings.mapping.filter((o) => !(o.sheet === m.sheet && o.column === m.column));
        save([...rest, { sheet: m.sheet, column: m.column, measure: select.value || null }], columnKey(m.sheet, m.column));
      });
      return h(
        'div',
        { class: `mapping${m.confidence === 'unknown' ? ' attention' : ''}` },
        h('label', { for: id, class: 'header' }, m.header || `Столбец ${m.column}`),
        h('div', { class: 'hint', id: `${id}-where` }, `Лист «${m.sheet}», столбец ${m.column}`),
        select,
        h('div', { class: 'hint', id: `${id}-state` }, CONFIDENCE[m.confidence]),
      );
    }),
  ];
}
