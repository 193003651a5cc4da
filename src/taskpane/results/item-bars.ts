import { h } from '../dom';
import { countOf } from '../counts';
import { BarState, ItemBar } from '../pane-session';
import { BAR_WORDS } from './status-words';

const ORDER: BarState[] = ['met', 'not_met', 'no_data', 'late'];

/**
 * One bar per roadmap item, drawn with CSS: the share of schools met, not met,
 * without data and late, with the counts written beside it (the picture is
 * for the eye, the words for everyone).
 */
export function itemBars(bars: readonly ItemBar[], onPick: (item: string) => void): HTMLElement {
  return h(
    'ul',
    { class: 'bars', 'aria-label': 'Пункты дорожной карты' },
    ...bars.map((bar) => {
      const total = ORDER.reduce((sum, s) => sum + bar.counts[s], 0) || 1;
      const words = ORDER.filter((s) => bar.counts[s] > 0).map((s) => `${BAR_WORDS[s]} ${countOf(bar.counts[s])}`);
      const track = h(
        'div',
        { class: 'bar-track', 'aria-hidden': 'true' },
        ...ORDER.filter((s) => bar.counts[s] > 0).map((s) => {
          const seg = h('span', { class: `seg seg-${s}` });
          seg.style.width = `${(100 * bar.counts[s]) / total}%`;
          return seg;
        }),
      );
      return h(
        'li',
        {},
        h(
          'button',
          { class: 'bar-row', type: 'button', title: bar.title ?? '', onclick: () => onPick(bar.item) },
          h('span', { class: 'bar-label' }, `п.\u00a0${bar.item}`, bar.title ? h('span', { class: 'bar-title' }, ` ${bar.title}`) : null),
          track,
          h('span', { class: 'bar-counts' }, words.join(', ')),
        ),
      );
    }),
  );
}
