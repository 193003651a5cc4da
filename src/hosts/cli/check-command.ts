import { basename } from 'node:path';
import { applyPlan } from '../../adapters/xlsx/apply-plan';
import { writeWorkbook } from '../../adapters/xlsx/write-workbook';
import { renderLetters } from '../../adapters/letters/render-letters';
import { letterReportEntries } from '../../core/letters/letter-register';
import { IsoDate } from '../../core/model/iso-date';
import { CheckResult } from '../../core/pipeline/check-result';
import { WorkbookPlan } from '../../core/plan/workbook-plan';
import { draftCheckLetters, withLetterRegister } from '../../core/pipeline/check-letters';
import { runCheck } from '../../core/pipeline/run-check';
import { buildReport } from '../../core/report/build-report';
import { CheckReport, ReportLetter } from '../../core/report/report-types';
import { LoadedBook } from './load-books';
import { Inputs, loadInputs } from './load-inputs';
import { CheckOptions } from './parse-args';
import { StagedOutput } from './staged-output';
import { summaryLines } from './summary-lines';
import { UnusableInput } from './unusable-input';

export interface CliIo {
  out(line: string): void;
  progress(line: string): void;
  today: IsoDate;
}

/**
 * `roadmap-control check`: read every input (any unusable one stops the run
 * before anything is written), run the pipeline, draft and render letters,
 * apply the plans, then move all outputs into place at once.
 */
export async function checkCommand(options: CheckOptions, io: CliIo): Promise<CheckReport> {
  const inputs = await loadInputs(options, io);
  const staged = await StagedOutput.open(options.out);
  try {
    // Only the plans outlive this call: a region's grids and tables are let go before the
    // memory-hungry part, writing the checked workbooks one at a time.
    const { report, plans } = await checkAndDraft(inputs, options, staged, io);
    await writeCheckedBooks(
      plans,
      inputs.books.splice(0).map(({ path, workbook }) => ({ path, workbook })),
      staged,
      io,
    );
    await staged.commit(report.letters.length === 0 ? ['letters'] : []);
    for (const line of summaryLines(report)) io.out(line);
    const names = outputNames(options.books.map((path) => ({ path })));
    io.out(`Результаты: ${options.out} (${names.join(', ')}${report.letters.length > 0 ? ', letters/' : ''}, report.json).`);
    return report;
  } catch (error) {
    await staged.abandon();
    throw error;
  }
}

async function checkAndDraft(
  inputs: Inputs,
  options: CheckOptions,
  staged: StagedOutput,
  io: CliIo,
): Promise<{ report: CheckReport; plans: WorkbookPlan[] }> {
  const grids = inputs.books.map((b) => b.grids);
  io.progress('Проверка по дорожной карте…');
  let result: CheckResult = runCheck({
    books: grids,
    roadmap: inputs.roadmap,
    registry: inputs.registry,
    mapping: inputs.mapping,
    asOf: options.asOf,
    today: io.today,
    previous: inputs.previous,
  });
  if (!result.checked) throw new UnusableInput(noTablesReason(result));

  let letters: ReportLetter[] = [];
  if (options.letters.length > 0) {
    const drafted = draftCheckLetters(result, grids, { settings: inputs.settings, today: io.today });
    if (drafted.length > 0) {
      io.progress(`Письма: ${drafted.length} (${options.letters.join(', ')})…`);
      if (inputs.placeholderSettings) io.progress('Настройки писем не заданы (--settings): в письмах оставлены поля для заполнения.');
      const rendered = await renderLetters(drafted, { formats: options.letters, combined: true, template: inputs.template });
      result = {
        ...withLetterRegister(result, grids, drafted, rendered.files),
        diagnostics: [...result.diagnostics, ...rendered.diagnostics],
      };
      for (const file of rendered.files) await staged.write(file.path, file.data);
      letters = letterReportEntries(drafted, rendered.files);
    }
  }
  const report = buildReport(result, letters);
  await staged.write('report.json', `${JSON.stringify(report, null, 2)}\n`);
  return { report, plans: result.books.map((b) => b.plan) };
}

async function writeCheckedBooks(
  plans: WorkbookPlan[],
  books: Pick<LoadedBook, 'path' | 'workbook'>[],
  staged: StagedOutput,
  io: CliIo,
): Promise<void> {
  const names = outputNames(books);
  for (let i = 0; i < names.length; i++) {
    const book = books[i];
    io.progress(`Запись «${names[i]}»…`);
    applyPlan(book.workbook, plans[i]);
    const bytes = await writeWorkbook(book.workbook);
    books[i] = { path: book.path } as LoadedBook; // let this exceljs model go before the next book is written
    await staged.write(names[i], bytes);
  }
}

/** «мониторинг.xlsx» → «мониторинг.checked.xlsx»; checking a checked book keeps one «.checked»; same names get «-2». */
export function outputNames(books: { path: string }[]): string[] {
  const used = new Set<string>();
  return books.map((b) => {
    const stem = basename(b.path)
      .replace(/\.xlsx$/i, '')
      .replace(/\.checked$/i, '');
    let name = `${stem}.checked.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.checked.xlsx`;
    used.add(name.toLowerCase());
    return name;
  });
}

function noTablesReason(result: CheckResult): string {
  const names = result.books.map((b) => `«${b.book}»`).join(', ');
  const first = result.diagnostics.find((d) => d.severity === 'error' && d.id !== 'ingest.no-tables');
  const why = first
    ? ` (${first.sheet ? `лист «${first.sheet}»${first.cell ? `, ${first.cell}` : ''}: ` : ''}${first.message.replace(/\.$/, '')})`
    : '';
  return `в ${names} не найдено ни одной таблицы мониторинга со списком школ${why}.`;
}
