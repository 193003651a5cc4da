import { LetterModel } from '../../core/letters/letter-model';
import { h, mount } from '../dom';
import { countOf } from '../counts';
import { letterPreview } from '../letter-preview';
import { LetterRow, PaneSession } from '../pane-session';
import { virtualList } from '../virtual-list';

export type LetterFormat = 'docx' | 'pdf';

export interface LettersViewActions {
  exportAll(format: LetterFormat): void;
  exportOne(schoolId: string, format: LetterFormat): void;
  /** The whole letter, from the worker, when it is opened. */
  letter(schoolId: string): Promise<LetterModel | null>;
}

/** Letters of the check: one zip per format, then every letter in a list that draws only what is on screen. */
export function lettersView(session: PaneSession | null, act: LettersViewActions, state: { open: string | null }): HTMLElement[] {
  if (!session)
    return [h('p', {}, 'Сначала выполните проверку на вкладке «Проверка»: здесь появятся письма школам, которым нужен запрос.')];
  if (!session.checked)
    return [h('p', {}, 'Писем нет: в книге не найдено таблиц мониторинга. Выберите другую книгу на вкладке «Проверка».')];
  const { letters } = session;
  if (letters.length === 0)
    return [h('p', {}, 'Ни одной школе запрос не нужен: все проверенные показатели выполнены или их сроки ещё не наступили.')];
  const root = h('section', { class: 'letters' });
  const render = (focus: string | null) => {
    const open = state.open ? letters.find((l) => l.schoolId === state.open) : undefined;
    if (open) {
      const head = [
        h(
          'button',
          {
            type: 'button',
            class: 'subtle',
            id: 'back-to-letters',
            onclick: () => {
              state.open = null;
              render(`[data-letter="${CSS.escape(open.schoolId)}"]`);
            },
          },
          '← Все письма',
        ),
        h('h3', { tabindex: '-1' }, `Письмо №\u00a0${open.number} — ${open.school}`),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', class: 'secondary download-letter', onclick: () => act.exportOne(open.schoolId, 'docx') },
            'Скачать .docx',
          ),
          h('button', { type: 'button', class: 'secondary', onclick: () => act.exportOne(open.schoolId, 'pdf') }, 'Скачать PDF'),
        ),
      ];
      mount(root, ...head, h('p', { class: 'hint' }, 'Загрузка письма…'));
      (root.querySelector('h3') as HTMLElement).focus();
      act.letter(open.schoolId).then(
        (letter) => {
          if (state.open !== open.schoolId) return;
          const placeholder = root.querySelector('p.hint');
          if (placeholder)
            placeholder.replaceWith(letter ? letterPreview(letter) : h('p', {}, 'Письмо не найдено: выполните проверку заново.'));
        },
        () => root.querySelector('p.hint')?.replaceWith(h('p', { class: 'error' }, 'Письмо не загрузилось: выполните проверку заново.')),
      );
      return;
    }
    mount(
      root,
      h('h2', { tabindex: '-1' }, `Письма школам: ${countOf(letters.length)}`),
      session.placeholderLetters
        ? h(
            'p',
            { class: 'hint' },
            'Реквизиты писем не заполнены или содержат ошибку (вкладка «Настройки»): в письмах оставлены поля в квадратных скобках, ' +
              'а исходящий номер — пустым, его впишут по журналу.',
          )
        : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'primary', id: 'export-docx', onclick: () => act.exportAll('docx') },
          'Скачать все письма (.docx, zip)',
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', id: 'export-pdf', onclick: () => act.exportAll('pdf') },
          'Скачать все письма (PDF, zip)',
        ),
      ),
      session.placeholderLetters
        ? null
        : h('p', { class: 'hint' }, 'Исходящие номера писем сохраняются после скачивания: следующая проверка продолжит нумерацию.'),
      virtualList<LetterRow>({
        items: letters,
        rowHeight: 52,
        height: 420,
        label: 'Письма',
        row: (l) =>
          h(
            'div',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'school-row letter-entry',
                'data-letter': l.schoolId,
                onclick: () => {
                  state.open = l.schoolId;
                  render(null);
                },
              },
              h('span', { class: 'school-name' }, `№\u00a0${l.number} — ${l.school}`),
              h('span', { class: 'school-note' }, `п.\u00a0${l.items.join(', ')}`),
            ),
          ),
      }),
    );
    if (focus) (root.querySelector(focus) as HTMLElement | null)?.focus();
  };
  render(null);
  return [root];
}
