import { CheckSession } from '../../app/check-session';
import { CheckSettings } from '../../app/check-settings';
import { describeDiagnostic } from '../../app/describe-diagnostic';
import { controlOutlook } from '../../core/evaluate/control-outlook';
import { FindingStatus } from '../../core/model/finding';
import { formatRuDate } from '../../core/model/iso-date';
import { listPresets } from '../../core/roadmap/presets';
import { h } from '../dom';

const STATUS_WORDS: Record<FindingStatus, [string, string]> = {
  met: ['выполнено', 'good'],
  not_met: ['не выполнено', 'bad'],
  no_data: ['нет данных', 'bad'],
  late: ['с опозданием', 'warn'],
  missing: ['не представлено', 'bad'],
  not_due: ['срок не наступил', ''],
  data_error: ['ошибка в данных', 'warn'],
};

const AS_OF_SOURCE = { argument: 'выбрана в панели', workbook: 'найдена в книге', today: 'сегодня: в книге даты нет' } as const;

export interface CheckViewActions {
  run(settings: CheckSettings): void;
  write(): void;
  report(): void;
}

/** Roadmap and date, the run button, then the dry run: what was found and who gets a letter. */
export function checkView(
  settings: CheckSettings,
  session: CheckSession | null,
  mode: 'excel' | 'browser',
  act: CheckViewActions,
): HTMLElement[] {
  const roadmap = h('select', { id: 'roadmap' }, ...listPresets().map((p) => h('option', { value: p.id }, `${p.title} (${p.year})`)));
  if (settings.roadmap) roadmap.value = settings.roadmap;
  const asOf = h('input', { id: 'as-of', type: 'date', value: settings.asOf ?? '' });
  const form = [
    h('label', { for: 'roadmap' }, 'Дорожная карта'),
    roadmap,
    h('label', { for: 'as-of' }, 'Дата мониторинга'),
    asOf,
    h('div', { class: 'muted' }, 'Пусто — дата из заголовков таблиц, а если её нет — сегодняшняя.'),
    h(
      'button',
      { class: 'primary', id: 'run-check', onclick: () => act.run({ ...settings, roadmap: roadmap.value, asOf: asOf.value || null }) },
      'Проверить (без записи)',
    ),
  ];
  return [...form, ...(session ? findings(session, mode, act) : [])];
}

/** Where the rules and the rounds came from: the user must see it, not only a count of remarks. */
const NOTICE_IDS = new Set(['rules.from-sheet', 'rules.sheet-ignored', 'rules.year-passed', 'rounds.found', 'rounds.later-ignored']);

function notices(session: CheckSession): HTMLElement[] {
  const said = session.result.diagnostics.filter((d) => NOTICE_IDS.has(d.id));
  return said.length > 0 ? [h('ul', { class: 'notices' }, ...said.map((d) => h('li', {}, d.message)))] : [];
}

/** What the control calendar says is next, from the monitoring date, and what is overdue. */
function outlook(session: CheckSession): HTMLElement[] {
  const { next, overdue } = controlOutlook(session.result.evaluation.calendar, 5);
  if (next.length === 0 && overdue.length === 0) return [];
  const items: (HTMLElement | null)[] = [
    h('h2', {}, 'Что дальше'),
    h(
      'ul',
      { id: 'next-control' },
      ...next.map((e) =>
        h('li', {}, `${formatRuDate(e.date)} — п. ${e.item}: ${e.label.toLowerCase()}${e.state === 'due' ? ' (сейчас)' : ''}`),
      ),
    ),
    overdue.length > 0
      ? h(
          'p',
          { class: 'warn' },
          `Просрочено без данных в книге: ${overdue.map((o) => `п. ${o.item}`).join(', ')} — см. лист «Календарь контроля».`,
        )
      : null,
  ];
  return items.filter((x): x is HTMLElement => x !== null);
}

function findings(session: CheckSession, mode: 'excel' | 'browser', act: CheckViewActions): HTMLElement[] {
  const { result, letters } = session;
  const counts = new Map<FindingStatus, number>();
  for (const f of result.evaluation.findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  return [
    h(
      'section',
      { id: 'findings' },
      h('h2', {}, 'Результат проверки'),
      h(
        'p',
        {},
        `На ${formatRuDate(result.asOf)} (${AS_OF_SOURCE[result.asOfSource]}): школ — ${result.registry.schools.length}, таблиц — ${result.tables.length}, писем — ${letters.length}.`,
      ),
      h('ul', { class: 'counts' }, ...[...counts].map(([s, n]) => h('li', { class: STATUS_WORDS[s][1] }, `${STATUS_WORDS[s][0]}: ${n}`))),
      ...notices(session),
      ...outlook(session),
      mode === 'excel'
        ? h('button', { class: 'primary', id: 'write-workbook', onclick: () => act.write() }, 'Записать в книгу')
        : h('button', { class: 'primary', id: 'download-workbook', onclick: () => act.write() }, 'Скачать проверенную книгу'),
      h('button', { class: 'secondary', id: 'download-report', onclick: () => act.report() }, 'Скачать report.json'),
      h(
        'p',
        { class: 'muted' },
        mode === 'excel'
          ? 'Пока вы не нажали «Записать в книгу», книга не изменена.'
          : 'Исходный файл не меняется: скачивается проверенная копия.',
      ),
      h('h2', {}, `Кому будет направлен запрос (${letters.length})`),
      ...letters.map((l) =>
        h(
          'div',
          { class: 'school' },
          h('h3', {}, l.school),
          h(
            'ul',
            {},
            ...l.rows.map((r) => h('li', {}, `п. ${r.item}: ${r.statusText.toLowerCase()}${r.comment ? ` — ${r.comment}` : ''}`)),
          ),
        ),
      ),
      problems.length > 0 ? h('h2', {}, `Замечания к данным (${problems.length})`) : null,
      problems.length > 0
        ? h('ul', { class: 'diagnostics' }, ...problems.slice(0, 200).map((d) => h('li', {}, describeDiagnostic(d))))
        : null,
    ),
  ];
}
