import { CheckSettings, DEFAULT_ROADMAP } from '../../app/check-settings';
import { describeDiagnostic } from '../../app/describe-diagnostic';
import { letterSettingsOf } from '../../app/letter-defaults';
import { LetterSettings, parseLetterSettings } from '../../core/letters/letter-settings';
import { Diagnostic } from '../../core/model/diagnostic';
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

/** What a field's input holds, as the settings JSON keeps it. */
function valueOf(f: Field, text: string): unknown {
  if (f.type === 'number') return Number(text);
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
 * A settings problem as the user reads it: the field by its label, never its
 * JSON path, and one sentence («Заполните поле «Телефон».»).
 */
export function fieldProblem(d: Diagnostic): { field: Field | null; text: string } {
  const m = /^Настройки писем, поле ([\w.]+): (.*)$/.exec(d.message);
  if (!m) return { field: null, text: describeDiagnostic(d) };
  const field = FIELDS.find((f) => f.path.filter(Boolean).join('.') === m[1]) ?? null;
  const name = field ? `«${field.label}»` : 'настроек писем';
  const said = m[2].trim();
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
      value: settings.letters || f.type ? read(current.settings, f.path) : '',
      placeholder: read(current.settings, f.path),
      'aria-invalid': problem ? 'true' : 'false',
      ...(problem ? { 'aria-describedby': `${id}-error` } : {}),
    });
    return { f, input, problem };
  });
  const submit = () => {
    const json: Record<string, unknown> = { ...(settings.letters ?? {}) };
    for (const { f, input } of inputs) {
      const value = valueOf(f, input.value);
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
      { class: 'form', onsubmit: (e: Event) => (e.preventDefault(), submit()) },
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

/** Validates before saving, so a typo never reaches the letters. */
export function validateLetters(settings: CheckSettings): Diagnostic[] {
  if (!settings.letters) return [];
  const parsed = parseLetterSettings(settings.letters);
  return parsed.ok ? [] : parsed.diagnostics;
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
