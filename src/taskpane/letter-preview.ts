import { LetterModel } from '../core/letters/letter-model';
import { h } from './dom';

/**
 * The letter as HTML, laid out like the .docx (header block, addressee on the
 * right, title, justified body, signature, executor): what a specialist
 * checks before exporting. Text only — user data is never parsed as HTML.
 */
export function letterPreview(letter: LetterModel): HTMLElement {
  const d = letter.department;
  const a = letter.addressee;
  return h(
    'article',
    { class: 'letter', 'data-school': letter.school },
    h('div', {}, h('strong', {}, d.name), h('div', { class: 'muted' }, `${d.address}, тел. ${d.phone}, ${d.email}`)),
    h('p', {}, `${letter.dateText} № ${letter.number}`, h('br'), 'На № ___ от ___'),
    h('div', { class: 'addressee' }, `${a.position} ${a.school}`, a.personDative ? h('div', {}, a.personDative) : null),
    h('p', {}, h('strong', {}, letter.title)),
    h('p', { class: 'body', style: 'text-align:center;text-indent:0' }, a.salutation),
    ...letter.intro.map((t) => h('p', { class: 'body' }, t)),
    ...letter.items.map((item) => h('p', { class: 'body' }, item.text)),
    ...letter.request.map((t) => h('p', { class: 'body' }, t)),
    h('p', {}, letter.signatory.position, h('span', { style: 'float:right' }, letter.signatory.name)),
    h('div', { class: 'executor' }, letter.executor.name, h('br'), letter.executor.phone),
  );
}
