import { CheckSettings } from '../../app/check-settings';
import { formatRuDate } from '../../core/model/iso-date';
import { PaneSession } from '../pane-session';
import type { SchoolDetail } from '../worker/pane-worker-api';
import { h } from '../dom';
import { countOf } from '../counts';
import { presetOptions } from '../preset-options';
import { BrowserState, schoolBrowser } from '../results/school-browser';

const AS_OF_SOURCE = { argument: 'дата выбрана вами', workbook: 'дата из книги', today: 'в книге даты нет, взята сегодняшняя' } as const;

export interface CheckViewActions {
  run(settings: CheckSettings): void;
  write(): void;
  report(): void;
  exportOne(schoolId: string, format: 'docx' | 'pdf'): void;
  detail(schoolId: string): Promise<SchoolDetail>;
}

/**
 * Plan and date, the check, then its result. One primary action: «Проверить»
 * until a check has run, then writing (Excel) or downloading (browser) the
 * checked workbook.
 */
export function checkView(
  settings: CheckSettings,
  session: PaneSession | null,
  mode: 'excel' | 'browser',
  browser: BrowserState,
  act: CheckViewActions,
): HTMLElement[] {
  const usable = session?.checked === true;
  const roadmap = h('select', { id: 'roadmap' }, ...presetOptions());
  if (settings.roadmap) roadmap.value = settings.roadmap;
  const asOf = h('input', { id: 'as-of', type: 'date', value: settings.asOf ?? '', 'aria-describedby': 'as-of-hint' });
  const form = h(
    'div',
    { class: 'form' },
    h('label', { for: 'roadmap' }, 'Дорожная карта'),
    roadmap,
    h('label', { for: 'as-of' }, 'Дата мониторинга'),
    asOf,
    h('div', { class: 'hint', id: 'as-of-hint' }, 'Пусто — дата из заголовков таблиц, а если её нет — сегодняшняя.'),
    h(
      'button',
      {
        type: 'button',
        class: usable ? 'secondary' : 'primary',
        id: 'run-check',
        onclick: () => act.run({ ...settings, roadmap: roadmap.value, asOf: asOf.value || null }),
      },
      session ? 'Проверить заново' : 'Проверить',
    ),
    h(
      'div',
      { class: 'hint' },
      mode === 'excel' ? 'Проверка ничего не записывает в книгу.' : 'Проверка ничего не меняет в выбранном файле.',
    ),
  );
  if (!session) return [form];
  return [form, usable ? findings(session, mode, browser, act) : unusable(session)];
}

/** Nothing could be checked: say what the book lacks and what to do; no download of an empty result. */
function unusable(session: PaneSession): HTMLElement {
  const problems = session.errors;
  return h(
    'section',
    { id: 'findings', class: 'empty' },
    h('h2', { tabindex: '-1' }, 'Проверить нечего'),
    h(
      'p',
      {},
      'В книге не найдено таблицы мониторинга: нужен лист, где в строках — школы (название или ИНН), а в столбцах — показатели дорожной карты с заголовками.',
    ),
    h(
      'p',
      {},
      'Что сделать: откройте или выберите книгу с выгрузкой мониторинга (например, из ФГИС «Моя школа»); если таблица есть, но заголовки необычные, проверьте, что над данными одна строка заголовков.',
    ),
    problems.length > 0 ? h('ul', { class: 'diagnostics' }, ...problems.map((d) => h('li', {}, d))) : null,
  );
}

function outlook(session: PaneSession): HTMLElement[] {
  const { next, overdue } = session.outlook;
  if (next.length === 0 && overdue.length === 0) return [];
  const parts: (HTMLElement | null)[] = [
    h('h3', {}, 'Что дальше'),
    h(
      'ul',
      { id: 'next-control' },
      ...next.map((e) =>
        h('li', {}, `${formatRuDate(e.date)} — п.\u00a0${e.item}: ${e.label.toLowerCase()}${e.state === 'due' ? ' (сейчас)' : ''}`),
      ),
    ),
    overdue.length > 0
      ? h(
          'p',
          { class: 'warn' },
          `Просрочено, данных в книге нет: ${overdue.map((o) => `п.\u00a0${o.item}`).join(', ')} — см. лист «Календарь контроля».`,
        )
      : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

function findings(session: PaneSession, mode: 'excel' | 'browser', browser: BrowserState, act: CheckViewActions): HTMLElement {
  const { problems, notices } = session;
  return h(
    'section',
    { id: 'findings' },
    h('h2', { tabindex: '-1' }, 'Результат проверки'),
    h(
      'p',
      { id: 'check-summary' },
      `На ${formatRuDate(session.asOf)} (${AS_OF_SOURCE[session.asOfSource]}): школ — ${countOf(session.schoolCount)}, таблиц — ${countOf(session.tableCount)}, писем — ${countOf(session.letters.length)}.`,
    ),
    notices.length > 0 ? h('ul', { class: 'notices' }, ...notices.map((d) => h('li', {}, d))) : null,
    h(
      'div',
      { class: 'actions' },
      mode === 'excel'
        ? h('button', { type: 'button', class: 'primary', id: 'write-workbook', onclick: () => act.write() }, 'Записать в книгу')
        : h(
            'button',
            { type: 'button', class: 'primary', id: 'download-workbook', onclick: () => act.write() },
            'Скачать проверенную книгу',
          ),
      h('button', { type: 'button', class: 'secondary', id: 'download-report', onclick: () => act.report() }, 'Скачать отчёт (JSON)'),
    ),
    h(
      'p',
      { class: 'hint' },
      mode === 'excel'
        ? 'Пока вы не нажали «Записать в книгу», книга не изменена.'
        : 'Исходный файл не меняется: скачивается проверенная копия с подсветкой, сводкой и реестром писем.',
    ),
    ...outlook(session),
    schoolBrowser(session, browser, { exportOne: act.exportOne, detail: act.detail }),
    problems.length > 0
      ? h(
          'details',
          { class: 'diagnostics-box' },
          h('summary', {}, `Замечания к данным (${countOf(session.problemCount)})`),
          h('ul', { class: 'diagnostics' }, ...problems.map((d) => h('li', {}, d))),
          session.problemCount > problems.length
            ? h('p', { class: 'hint' }, `Показаны первые 200; все — на листе «Нарушения» проверенной книги.`)
            : null,
        )
      : null,
  );
}
