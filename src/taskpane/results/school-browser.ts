import { FINDING_STATUSES } from '../../core/model/finding';
import { h, mount } from '../dom';
import { countOf } from '../counts';
import { letterPreview } from '../letter-preview';
import { virtualList } from '../virtual-list';
import { findingText } from './finding-text';
import { itemBars } from './item-bars';
import { PaneSession, SchoolRow } from '../pane-session';
import type { SchoolDetail } from '../worker/pane-worker-api';
import { SchoolFilter, filterSchools } from './school-summaries';
import { STATUS_WORDS } from './status-words';

/** The browser's state, kept by the pane across tabs and re-renders. */
export interface BrowserState extends SchoolFilter {
  open: string | null;
}

export const NO_FILTER: BrowserState = { status: null, item: null, query: '', open: null };

export interface SchoolBrowserActions {
  exportOne(schoolId: string, format: 'docx' | 'pdf'): void;
  /** A school's findings and letter, from the worker. */
  detail(schoolId: string): Promise<SchoolDetail>;
}

const ROW = 52;

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  return m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
}

/**
 * Thousands of schools made browsable: counts by status (each a filter), a
 * bar per item (each a filter), a search, and a list that draws only what is
 * on screen. A school opens to its findings and its letter.
 */
export function schoolBrowser(summary: PaneSession, state: BrowserState, act: SchoolBrowserActions): HTMLElement {
  const root = h('section', { class: 'browser', 'aria-labelledby': 'browser-title' });

  const render = (focus: string | null) => {
    if (state.open) {
      const school = summary.schools.find((s) => s.id === state.open);
      if (school) {
        const back = () => {
          state.open = null;
          render(`[data-school-id="${CSS.escape(school.id)}"]`);
        };
        mount(root, ...schoolHead(school, back), h('p', { class: 'hint' }, 'Загрузка…'));
        (root.querySelector('h3') as HTMLElement | null)?.focus();
        act.detail(school.id).then(
          (detail) => {
            if (state.open !== school.id) return;
            const hadFocus = document.activeElement === root.querySelector('h3');
            mount(root, ...schoolHead(school, back), ...schoolDetail(school, detail, act));
            if (hadFocus) (root.querySelector('h3') as HTMLElement | null)?.focus();
          },
          () =>
            mount(
              root,
              ...schoolHead(school, back),
              h('p', { class: 'error' }, 'Сведения о школе не загрузились: выполните проверку заново.'),
            ),
        );
        return;
      }
      state.open = null;
    }
    const shown = filterSchools(summary.schools, state);
    const counted = new Set(summary.statusCounts.map(([s]) => s));
    const chips = h(
      'div',
      { class: 'chips', role: 'group', 'aria-label': 'Показать школы' },
      chip('Все', null, summary.schools.length),
      chip('С письмом', 'letter', summary.letters.length),
      ...FINDING_STATUSES.filter((s) => s !== 'met' && s !== 'not_due' && counted.has(s)).map((s) =>
        chip(STATUS_WORDS[s].word, s, summary.schools.filter((x) => x.statuses.includes(s)).length),
      ),
    );
    function chip(label: string, status: SchoolFilter['status'], n: number): HTMLElement {
      const pressed = state.status === status;
      return h(
        'button',
        {
          type: 'button',
          class: `chip${pressed ? ' pressed' : ''}`,
          'aria-pressed': pressed ? 'true' : 'false',
          'data-status': status ?? 'all',
          onclick: () => {
            state.status = status;
            render(`.chip[data-status="${status ?? 'all'}"]`);
          },
        },
        `${label}: ${countOf(n)}`,
      );
    }
    const item = h(
      'select',
      { id: 'item-filter' },
      h('option', { value: '' }, 'Все пункты'),
      ...summary.bars.map((b) => h('option', { value: b.item }, `п.\u00a0${b.item}${b.title ? ` ${b.title}` : ''}`)),
    );
    item.value = state.item ?? '';
    item.addEventListener('change', () => {
      state.item = item.value || null;
      render('#item-filter');
    });
    const search = h('input', { id: 'school-search', type: 'search', value: state.query, autocomplete: 'off' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.query = search.value;
        const caret = search.selectionStart;
        render('#school-search');
        const again = root.querySelector('#school-search') as HTMLInputElement | null;
        if (again && caret !== null) again.setSelectionRange(caret, caret);
      }, 150);
    });
    const list = virtualList({
      items: shown,
      rowHeight: ROW,
      height: 360,
      label: 'Школы',
      row: (s) =>
        schoolRow(s, () => {
          state.open = s.id;
          render(null);
        }),
    });
    mount(
      root,
      h('h3', { id: 'browser-title' }, 'По пунктам дорожной карты'),
      itemBars(summary.bars, (picked) => {
        state.item = picked;
        render('#item-filter');
      }),
      h('h3', {}, 'Школы'),
      chips,
      h('label', { for: 'item-filter' }, 'Пункт дорожной карты'),
      item,
      h('label', { for: 'school-search' }, 'Поиск школы по названию или ИНН'),
      search,
      h('p', { id: 'school-count', role: 'status' }, `Показано школ: ${countOf(shown.length)} из ${countOf(summary.schools.length)}`),
      shown.length > 0 ? list : h('p', { class: 'muted' }, 'Ни одна школа не подходит: измените поиск или выберите «Все».'),
    );
    if (focus) (root.querySelector(focus) as HTMLElement | null)?.focus();
  };
  render(null);
  return root;
}

function schoolRow(s: SchoolRow, open: () => void): HTMLElement {
  const problems = s.problemItems.length;
  const note = problems === 0 ? 'замечаний нет' : `${problems} ${plural(problems, 'пункт', 'пункта', 'пунктов')} с замечаниями`;
  return h(
    'div',
    {},
    h(
      'button',
      { type: 'button', class: 'school-row', 'data-school-id': s.id, onclick: open },
      h('span', { class: 'school-name' }, s.name),
      h('span', { class: 'school-note' }, s.letterNumber ? `${note} · письмо №\u00a0${s.letterNumber}` : note),
    ),
  );
}

function schoolHead(s: SchoolRow, back: () => void): HTMLElement[] {
  return [
    h('button', { type: 'button', class: 'subtle', id: 'back-to-schools', onclick: back }, '← Все школы'),
    h('h3', { tabindex: '-1', class: 'school-title' }, s.name),
  ];
}

function schoolDetail(s: SchoolRow, detail: SchoolDetail, act: SchoolBrowserActions): HTMLElement[] {
  const shown = detail.findings;
  const letter = detail.letter;
  return [
    shown.length > 0
      ? h(
          'ul',
          { class: 'school-findings' },
          ...shown.map((f) => h('li', { class: `tone-${STATUS_WORDS[f.status].tone}` }, findingText(f))),
        )
      : h('p', {}, 'По этой школе проверять пока нечего: сроки пунктов не наступили.'),
    ...(letter
      ? [
          h('h4', {}, `Письмо №\u00a0${letter.number}`),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              { type: 'button', class: 'secondary download-letter', onclick: () => act.exportOne(s.id, 'docx') },
              'Скачать .docx',
            ),
            h('button', { type: 'button', class: 'secondary', onclick: () => act.exportOne(s.id, 'pdf') }, 'Скачать PDF'),
          ),
          letterPreview(letter),
        ]
      : [h('p', { class: 'muted' }, 'Письмо этой школе не нужно.')]),
  ];
}
