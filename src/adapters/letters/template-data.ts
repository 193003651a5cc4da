import { LetterModel } from '../../core/letters/letter-model';

/**
 * The values a department template can use, by placeholder name. Only plain
 * strings, booleans and lists: docxtemplater's default parser looks names up
 * and never evaluates what the template says. docs/letters.md lists them.
 */
export function templateData(letter: LetterModel) {
  const a = letter.addressee;
  return {
    school: letter.school,
    inn: letter.inn ?? '',
    addresseePosition: a.position,
    addresseeLine: `${a.position} ${a.school}`,
    directorDative: a.personDative ?? '',
    salutation: a.salutation,
    number: letter.number,
    date: letter.dateText,
    asOf: letter.asOfText,
    deadline: letter.deadlineText,
    title: letter.title,
    intro: letter.intro.join('\n'),
    itemNumbers: letter.items.map((i) => i.number).join(', '),
    items: letter.items.map((i) => ({ number: i.number, title: i.title ?? '', text: i.text, repeated: i.repeated })),
    findings: letter.rows.map((r) => ({
      item: r.item,
      indicator: r.indicator,
      status: r.statusText.charAt(0).toLowerCase() + r.statusText.slice(1),
      value: r.value,
      target: r.target,
      comment: r.comment,
      repeated: r.repeated,
    })),
    repeated: letter.repeated,
    request: letter.request[0] ?? '',
    /** The «повторно» paragraph; empty when nothing repeated. */
    repeatWarning: letter.request.slice(1).join('\n'),
    department: letter.department.name,
    departmentAddress: letter.department.address,
    departmentPhone: letter.department.phone,
    departmentEmail: letter.department.email,
    signatoryPosition: letter.signatory.position,
    signatoryName: letter.signatory.name,
    executorName: letter.executor.name,
    executorPhone: letter.executor.phone,
    city: letter.city ?? '',
  };
}

export type TemplateData = ReturnType<typeof templateData>;
