import { FINDINGS_COLUMNS } from '../adapters/letters/letter-layout';
import { LetterModel } from '../core/letters/letter-model';
import { h } from './dom';

/** The findings table, with the columns of the .docx and the PDF. */
function findingsTable(letter: LetterModel): HTMLElement {
  return h(
    'table',
    { class: 'findings' },
    h('thead', {}, h('tr', {}, ...FINDINGS_COLUMNS.map((c) => h('th', {}, c.caption)))),
    h('tbody', {}, ...letter.rows.map((r) => h('tr', {}, ...FINDINGS_COLUMNS.map((c) => h('td', {}, r[c.field]))))),
  );
}

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
    h('p', {}, `${letter.dateText} №\u00A0${letter.number}`, h('br'), 'На № ___ от ___'),
    h('div', { class: 'addressee' }, `${a.position} ${a.school}`, a.personDative ? h('div', {}, a.personDative) : null),
    h('p', {}, h('strong', {}, letter.title)),
    h('p', { class: 'body', style: 'text-align:center;text-indent:0' }, a.salutation),
    ...letter.intro.map((t) => h('p', { class: 'body' }, t)),
    findingsTable(letter),
    ...letter.request.map((t) => h('p', { class: 'body' }, t)),
    h('p', {}, letter.signatory.position, h('span', { style: 'float:right' }, letter.signatory.name)),
    h('div', { class: 'executor' }, letter.executor.name, h('br'), letter.executor.phone),
  );
}
