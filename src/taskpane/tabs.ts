import { h } from './dom';

/**
 * The views as a WAI-ARIA tablist: one tab in the Tab order (the selected
 * one), arrows, Home and End move between tabs and open them; the panel is
 * labelled by its tab.
 */
export function tablist<V extends string>(
  tabs: readonly [V, string][],
  selected: V,
  panelId: string,
  go: (view: V, byKeyboard: boolean) => void,
): HTMLElement[] {
  const buttons = tabs.map(([view, label]) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${view}`,
        'data-view': view,
        'aria-selected': view === selected ? 'true' : 'false',
        'aria-controls': panelId,
        tabindex: view === selected ? '0' : '-1',
        onclick: () => go(view, false),
      },
      label,
    ),
  );
  for (const [i, button] of buttons.entries()) {
    button.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      const next =
        key === 'ArrowRight' || key === 'ArrowDown'
          ? (i + 1) % tabs.length
          : key === 'ArrowLeft' || key === 'ArrowUp'
            ? (i - 1 + tabs.length) % tabs.length
            : key === 'Home'
              ? 0
              : key === 'End'
                ? tabs.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      go(tabs[next][0], true);
    });
  }
  return buttons;
}
