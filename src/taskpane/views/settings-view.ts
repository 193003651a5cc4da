import { CheckSettings, DEFAULT_ROADMAP } from '../../app/check-settings';
import { describeDiagnostic } from '../../app/describe-diagnostic';
import { letterSettingsOf } from '../../app/letter-defaults';
import { LetterSettings, parseLetterSettings } from '../../core/letters/letter-settings';
import { Diagnostic, diagnostic } from '../../core/model/diagnostic';
import { h } from '../dom';
import { presetOptions } from '../preset-options';

/** «date»: one date, empty for today; «dates»: a list «ДД.ММ.ГГГГ, ДД.ММ.ГГГГ». */
type Field = { path: [keyof LetterSettings, string?]; label: string; type?: 'number' | 'date' | 'dates' };

const FIELDS: Field[] = [
  { path: ['department', 'name'], label: 'Орган управления образованием' },
  { path: ['department', 'address'], label: 'Почтовый адрес' },
  { path: ['department', 'phone'], label: 'Телефон' },
  { path: ['department', 'email'], label: 'Электронная почта' },
  { path: ['signatory', 'position'], label: 'Должность подписывающего' },
  { path: ['signatory', 'name'], label: 'Подписывающий (И.О. Фамилия)' },
  { path: ['executor', 'name'], label: 'Исполнитель' },
  { path: ['executor', 'phone'], label: 'Телефон исполнителя' },
  { path: ['numberPrefix'], label: 'Префикс исходящего номера (например, 01-19/)' },
  { path: ['nextNumber'], label: 'Следующий исходящий номер', type: 'number' },
  { path: ['responseWorkingDays'], label: 'Срок ответа, рабочих дней', type: 'number' },
  { path: ['letterDate'], label: 'Дата писем (пусто — сегодня); от неё считается срок ответа', type: 'date' },
  { path: ['calendar', 'daysOff'], label: 'Дополнительные выходные дни (переносы), через запятую: 31.12.2027, …', type: 'dates' },
  { path: ['calendar', 'workingDays'], label: 'Рабочие субботы и воскресенья (переносы), через запятую', type: 'dates' },
];

/**
 * What a field's input holds, as the settings JSON keeps it. A number field left empty is
 * null (refused as «Заполните поле», never the schema's default: an empty «Следующий
 * исходящий номер» must not quietly restart the numbering at 1); text the browser could not
 * read as a number («2^53») is NaN, refused as «должен быть числом».
 */
function valueOf(f: Field, input: HTMLInputElement): unknown {
  const text = input.value;
  if (f.type === 'number') return input.validity?.badInput ? Number.NaN : text.trim() === '' ? null : Number(text);
  if (f.type === 'date') return text.trim() === '' ? undefined : text.trim();
  if (f.type === 'dates')
    return text
      .split(/[,;\s]+/)
      .map((t) => t.trim())
      .filter(Boolean);
  return text;
}

const fieldId = (f: Field) => `letters-${f.path.filter(Boolean).join('-')}`;

function read(settings: LetterSettings, [a, b]: Field['path']): string {
  const v = b ? (settings[a] as unknown as Record<string, unknown> | undefined)?.[b] : settings[a];
  if (Array.isArray(v)) return v.map((d) => (typeof d === 'string' ? d.split('-').reverse().join('.') : String(d))).join(', ');
  return v === undefined || v === null ? '' : String(v);
}

/**
 * What a field shows: what the department saved or typed, even when it is refused (a stored
 * «Следующий исходящий номер» of 1e21 must show as such, never as the default 1 that a
 * careless «Сохранить» would then keep); before any details, the defaults of the number fields.
 */
function shown(settings: CheckSettings, usable: LetterSettings, f: Field): string {
  if (!settings.letters) return f.type ? read(usable, f.path) : '';
  const own = read(settings.letters as unknown as LetterSettings, f.path);
  return own !== '' || hasValue(settings.letters, f.path) ? own : read(usable, f.path);
}

function hasValue(json: Record<string, unknown>, [a, b]: Field['path']): boolean {
  const top = json[a];
  return b ? typeof top === 'object' && top !== null && b in top : a in json;
}

/**
 * A settings problem as the user reads it: the field by its label, never its
 * JSON path, and one sentence («Заполните поле «Телефон».»).
 */
export function fieldProblem(d: Diagnostic): { field: Field | null; text: string } {
  const m = /^Настройки писем, поле ([\w.]+): (.*)$/.exec(d.message);
  if (!m) return { field: null, text: describeDiagnostic(d) };
  const field = FIELDS.find((f) => f.path.filter(Boolean).join('.') === m[1]) ?? null;
  const name = field ? `«${field.label}»` : 'настроек писем';
  // Long numbers with their thousands apart, as the rest of the pane sets them («999 999 999»).
  const said = m[2].trim().replace(/\d{5,}/g, (n) => n.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'));
  if (/^не заполнено$/i.test(said) || /^Не указано:/.test(said)) return { field, text: `Заполните поле ${name}.` };
  return { field, text: `Поле ${name}: ${said.charAt(0).toLowerCase()}${said.slice(1)}${/[.!]$/.test(said) ? '' : '.'}` };
}

/**
 * The letter details a department fills in once, each error beside its field
 * (aria-invalid, aria-describedby). Below them the rules: a built-in plan
 * written as a «Правила» sheet into the workbook, to edit for next year.
 */
export function settingsView(
  settings: CheckSettings,
  save: (next: CheckSettings) => void,
  errors: Diagnostic[],
  writeRules: ((roadmapId: string) => void) | null,
  mode: 'excel' | 'browser',
): HTMLElement[] {
  const current = letterSettingsOf(settings);
  const problems = [...errors, ...current.diagnostics].map(fieldProblem);
  const inputs = FIELDS.map((f) => {
    const id = fieldId(f);
    const problem = problems.find((p) => p.field === f);
    const input = h('input', {
      id,
      type: f.type === 'number' || f.type === 'date' ? f.type : 'text',
      value: shown(settings, current.settings, f),
      placeholder: read(current.settings, f.path),
      'aria-invalid': problem ? 'true' : 'false',
      ...(problem ? { 'aria-describedby': `${id}-error` } : {}),
    });
    return { f, input, problem };
  });
  const submit = () => {
    const json: Record<string, unknown> = { ...(settings.letters ?? {}) };
    for (const { f, input } of inputs) {
      const value = valueOf(f, input);
      const [a, b] = f.path;
      if (b) json[a] = { ...((json[a] as Record<string, unknown>) ?? {}), [b]: value };
      else json[a] = value;
    }
    save({ ...settings, letters: json });
  };
  const unplaced = problems.filter((p) => !p.field);
  return [
    h('h2', { tabindex: '-1' }, 'Реквизиты писем'),
    h(
      'p',
      { class: 'hint' },
      mode === 'excel'
        ? 'Сохраняются в этой книге.'
        : 'Сохраняются в этом браузере и общие для всех книг: так исходящие номера не повторяются.',
    ),
    problems.length > 0
      ? h(
          'p',
          { class: 'error', id: 'settings-errors' },
          `Исправьте отмеченные поля: ${problems.length}.`,
          ...unplaced.map((p) => h('span', {}, ` ${p.text}`)),
        )
      : null,
    h(
      'form',
      // novalidate: the browser's own bubble («214,5» is not a step of 1) would stop the form before
      // the pane could say what is wrong beside the field, tied to it for a screen reader.
      { class: 'form', novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), submit()) },
      ...inputs.flatMap(({ f, input, problem }) => [
        h('label', { for: input.id }, f.label),
        input,
        problem ? h('div', { class: 'field-error', id: `${input.id}-error` }, problem.text) : null,
      ]),
      h('button', { type: 'submit', class: 'primary', id: 'save-settings' }, 'Сохранить реквизиты'),
    ),
    ...rulesSection(settings, writeRules),
  ].filter((x) => x !== null) as HTMLElement[];
}

/**
 * Validates before saving, so a typo never reaches the letters: an outgoing number past
 * 999 999 999 (2^53, 1e21), below 1 or with a fraction is refused beside its field.
 */
export function validateLetters(settings: CheckSettings): Diagnostic[] {
  if (!settings.letters) return [];
  const empty = FIELDS.filter((f) => f.type === 'number' && settings.letters![f.path[0]] === null).map((f) => f.path[0]);
  const parsed = parseLetterSettings(settings.letters);
  const problems = parsed.ok ? [] : parsed.diagnostics.filter((d) => !empty.some((p) => d.message.startsWith(`Настройки писем, поле ${p}:`)));
  return [
    ...empty.map((p) => diagnostic('letters.settings-invalid', 'error', `Настройки писем, поле ${p}: не заполнено`)),
    ...problems,
  ];
}

function rulesSection(settings: CheckSettings, writeRules: ((roadmapId: string) => void) | null): HTMLElement[] {
  const select = h('select', { id: 'rules-preset' }, ...presetOptions()) as HTMLSelectElement;
  select.value = settings.roadmap ?? DEFAULT_ROADMAP;
  return [
    h('h2', {}, 'Правила проверки'),
    h(
      'p',
      { class: 'hint', id: 'rules-hint' },
      'Лист «Правила» в книге заменяет встроенную дорожную карту: на нём можно изменить сроки, пороги и пункты — например, для плана следующего года. Следующая проверка возьмёт правила с листа.',
    ),
    h('label', { for: 'rules-preset' }, 'Дорожная карта для листа «Правила»'),
    select,
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        id: 'write-rules',
        disabled: writeRules === null,
        'aria-describedby': 'rules-hint',
        onclick: () => writeRules?.(select.value),
      },
      writeRules === null ? 'Записать лист «Правила» (сначала выберите книгу)' : 'Записать лист «Правила» в книгу',
    ),
  ];
}
