import { CheckSession } from '../../app/check-session';
import { LetterModel } from '../../core/letters/letter-model';
import { h } from '../dom';
import { letterPreview } from '../letter-preview';

export type LetterFormat = 'docx' | 'pdf';

export interface LettersViewActions {
  exportAll(format: LetterFormat): void;
  exportOne(letter: LetterModel, format: LetterFormat): void;
}

/** Letters of the dry run: export buttons and a preview of each. */
export function lettersView(session: CheckSession | null, act: LettersViewActions): HTMLElement[] {
  if (!session) return [h('p', {}, 'Сначала выполните проверку: здесь появятся письма школам, которым нужен запрос.')];
  const { letters } = session;
  if (letters.length === 0) return [h('p', {}, 'Ни одной школе запрос о предоставлении объяснений не нужен.')];
  return [
    session.placeholderLetters
      ? h('p', { class: 'muted' }, 'Реквизиты писем не заполнены (раздел «Настройки»): в письмах оставлены поля в квадратных скобках.')
      : null,
    h('button', { class: 'primary', id: 'export-docx', onclick: () => act.exportAll('docx') }, 'Все письма .docx (zip)'),
    h('button', { class: 'secondary', id: 'export-pdf', onclick: () => act.exportAll('pdf') }, 'Все письма PDF (zip)'),
    ...letters.map((letter) =>
      h(
        'details',
        { class: 'letter-entry' },
        h('summary', {}, `№ ${letter.number} — ${letter.school} (п. ${letter.items.map((i) => i.number).join(', ')})`),
        h('button', { class: 'secondary download-letter', onclick: () => act.exportOne(letter, 'docx') }, '.docx'),
        h('button', { class: 'secondary', onclick: () => act.exportOne(letter, 'pdf') }, 'PDF'),
        letterPreview(letter),
      ),
    ),
  ].filter((x) => x !== null) as HTMLElement[];
}
