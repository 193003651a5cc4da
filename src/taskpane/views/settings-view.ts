import { CheckSettings, DEFAULT_ROADMAP } from '../../app/check-settings';
import { listPresets } from '../../core/roadmap/presets';
import { describeDiagnostic } from '../../app/describe-diagnostic';
import { letterSettingsOf } from '../../app/letter-defaults';
import { LetterSettings, parseLetterSettings } from '../../core/letters/letter-settings';
import { Diagnostic } from '../../core/model/diagnostic';
import { h } from '../dom';

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

function read(settings: LetterSettings, [a, b]: Field['path']): string {
  const v = b ? (settings[a] as unknown as Record<string, unknown> | undefined)?.[b] : settings[a];
  if (Array.isArray(v)) return v.map((d) => (typeof d === 'string' ? d.split('-').reverse().join('.') : String(d))).join(', ');
  return v === undefined || v === null ? '' : String(v);
}

/**
 * The letter settings a department fills in once; saved in the workbook with the rest. Below them,
 * the rules: a built-in plan written as a «Правила» sheet into the workbook, to edit for next year.
 */
export function settingsView(
  settings: CheckSettings,
  save: (next: CheckSettings) => void,
  errors: Diagnostic[],
  writeRules: ((roadmapId: string) => void) | null,
): HTMLElement[] {
  const current = letterSettingsOf(settings);
  const inputs = FIELDS.map((f) => {
    const input = h('input', {
      type: f.type === 'number' || f.type === 'date' ? f.type : 'text',
      value: settings.letters || f.type ? read(current.settings, f.path) : '',
      placeholder: read(current.settings, f.path),
    });
    return { f, input };
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
  const problems = [...errors, ...current.diagnostics];
  return [
    h('h2', {}, 'Реквизиты писем'),
    problems.length > 0
      ? h('ul', { class: 'diagnostics', role: 'alert' }, ...problems.map((d) => h('li', {}, describeDiagnostic(d))))
      : null,
    ...inputs.flatMap(({ f, input }) => [h('label', {}, f.label, input)]),
    h('button', { class: 'primary', id: 'save-settings', onclick: submit }, 'Сохранить'),
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
  const select = h(
    'select',
    { id: 'rules-preset' },
    ...listPresets().map((p) =>
      h('option', { value: p.id, selected: p.id === (settings.roadmap ?? DEFAULT_ROADMAP) }, `${p.title} (${p.year})`),
    ),
  ) as HTMLSelectElement;
  return [
    h('h2', {}, 'Правила проверки'),
    h(
      'p',
      { class: 'muted' },
      'Лист «Правила» в книге заменяет встроенную дорожную карту: на нём можно изменить сроки, пороги и пункты — например, для плана следующего года. Следующая проверка возьмёт правила с листа.',
    ),
    h('label', {}, 'Дорожная карта', select),
    h(
      'button',
      {
        class: 'secondary',
        id: 'write-rules',
        disabled: writeRules === null,
        title: writeRules === null ? 'Сначала выберите книгу' : '',
        onclick: () => writeRules?.(select.value),
      },
      'Записать лист «Правила» в книгу',
    ),
  ];
}
