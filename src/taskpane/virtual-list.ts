import { h } from './dom';

export interface VirtualListOptions<T> {
  items: readonly T[];
  /** Every row the same height: the list is positioned by arithmetic, never measured. */
  rowHeight: number;
  /** The scroll area's height in px (the list scrolls inside the pane). */
  height: number;
  label: string;
  row: (item: T, index: number) => HTMLElement;
  /** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
  overscan?: number;
}

/**
 * A list of thousands of schools that draws only the rows on screen (plus a
 * few): 5,000 rows cost the page about twenty elements, and scrolling
 * redraws only what came into view. Screen readers get the list's size and
 * each row's position through aria-setsize / aria-posinset.
 */
export function virtualList<T>(options: VirtualListOptions<T>): HTMLElement & { scrollToIndex(i: number): void } {
  const { items, rowHeight, height, row } = options;
  const overscan = options.overscan ?? 4;
  const inner = h('div', { class: 'vlist-inner', role: 'list', 'aria-label': options.label });
  inner.style.height = `${items.length * rowHeight}px`;
  const outer = h('div', { class: 'vlist', tabindex: '-1' }, inner) as unknown as HTMLElement & { scrollToIndex(i: number): void };
  outer.style.height = `${Math.min(height, Math.max(rowHeight, items.length * rowHeight))}px`;
  let drawn = '';
  const draw = () => {
    const first = Math.max(0, Math.floor(outer.scrollTop / rowHeight) - overscan);
    const last = Math.min(items.length, Math.ceil((outer.scrollTop + height) / rowHeight) + overscan);
    const key = `${first}:${last}`;
    if (key === drawn) return;
    drawn = key;
    // Keep keyboard focus on the row it was on, if that row is still drawn.
    const focused = inner.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest('[data-index]') : null;
    const focusedIndex = focused ? Number(focused.getAttribute('data-index')) : -1;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const el = row(items[i], i);
      el.dataset.index = String(i);
      el.setAttribute('role', 'listitem');
      el.setAttribute('aria-setsize', String(items.length));
      el.setAttribute('aria-posinset', String(i + 1));
      el.style.top = `${i * rowHeight}px`;
      el.style.height = `${rowHeight}px`;
      el.classList.add('vrow');
      rows.push(el);
    }
    inner.replaceChildren(...rows);
    if (focusedIndex >= first && focusedIndex < last)
      (inner.querySelector(`[data-index="${focusedIndex}"] button, [data-index="${focusedIndex}"]`) as HTMLElement | null)?.focus();
  };
  let frame = 0;
  outer.addEventListener('scroll', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  });
  // Up and Down move between rows, drawing the next one first when it is off screen.
  inner.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
    const at = (document.activeElement as HTMLElement | null)?.closest('[data-index]');
    if (!at) return;
    const next = Number(at.getAttribute('data-index')) + (key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= items.length) return;
    event.preventDefault();
    const top = next * rowHeight;
    if (top < outer.scrollTop || top + rowHeight > outer.scrollTop + height)
      outer.scrollTop = key === 'ArrowDown' ? top + rowHeight - height : top;
    draw();
    (inner.querySelector(`[data-index="${next}"] button`) as HTMLElement | null)?.focus();
  });
  outer.scrollToIndex = (i: number) => {
    outer.scrollTop = i * rowHeight;
    draw();
  };
  draw();
  return outer;
}
