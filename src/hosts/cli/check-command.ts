import { basename } from 'node:path';
import { applyPlan } from '../../adapters/xlsx/apply-plan';
import { writeWorkbook } from '../../adapters/xlsx/write-workbook';
import { renderLetters } from '../../adapters/letters/render-letters';
import { letterReportEntries } from '../../core/letters/letter-register';
import { IsoDate } from '../../core/model/iso-date';
import { CheckResult } from '../../core/pipeline/check-result';
import { draftCheckLetters, withLetterRegister } from '../../core/pipeline/check-letters';
import { runCheck } from '../../core/pipeline/run-check';
import { buildReport } from '../../core/report/build-report';
import { CheckReport, ReportLetter } from '../../core/report/report-types';
import { loadBook, loadRegistry, LoadedBook } from './load-books';
import { loadMapping, loadPrevious, loadRoadmap, loadSettings } from './load-options';
import { CheckOptions } from './parse-args';
import { readInputFile } from './read-input-file';
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
  const roadmap = await loadRoadmap(options.roadmap);
  const mapping = await loadMapping(options.mapping);
  const previous = await loadPrevious(options.previous, roadmap);
  const registry = await loadRegistry(options.registry);
  const { settings, placeholder } = await loadSettings(options.settings);
  const template = options.template ? await readInputFile(options.template, 'Шаблон письма') : undefined;

  const books: LoadedBook[] = [];
  for (const path of options.books) {
    io.progress(`Чтение «${basename(path)}»…`);
    books.push(await loadBook(path));
  }
  const grids = books.map((b) => b.grids);

  io.progress('Проверка по дорожной карте…');
  let result = runCheck({ books: grids, roadmap, registry, mapping, asOf: options.asOf, today: io.today, previous });
  if (!result.checked) throw new UnusableInput(noTablesReason(result));

  const staged = await StagedOutput.open(options.out);
  try {
    let letters: ReportLetter[] = [];
    if (options.letters.length > 0) {
      const drafted = draftCheckLetters(result, grids, { settings, today: io.today });
      if (drafted.length > 0) {
        io.progress(`Письма: ${drafted.length} (${options.letters.join(', ')})…`);
        if (placeholder) io.progress('Настройки писем не заданы (--settings): в письмах оставлены поля для заполнения.');
        const rendered = await renderLetters(drafted, { formats: options.letters, combined: true, template });
        result = { ...withLetterRegister(result, grids, drafted, rendered.files), diagnostics: [...result.diagnostics, ...rendered.diagnostics] };
        for (const file of rendered.files) await staged.write(file.path, file.data);
        letters = letterReportEntries(drafted, rendered.files);
      }
    }
    await writeCheckedBooks(result, books, staged, io);
    const report = buildReport(result, letters);
    await staged.write('report.json', `${JSON.stringify(report, null, 2)}\n`);
    await staged.commit(letters.length === 0 ? ['letters'] : []);
    for (const line of summaryLines(report)) io.out(line);
    io.out(`Результаты: ${options.out} (${outputNames(books).join(', ')}${letters.length > 0 ? ', letters/' : ''}, report.json).`);
    return report;
  } catch (error) {
    await staged.abandon();
    throw error;
  }
}

async function writeCheckedBooks(result: CheckResult, books: LoadedBook[], staged: StagedOutput, io: CliIo): Promise<void> {
  const names = outputNames(books);
  for (const [i, book] of books.entries()) {
    io.progress(`Запись «${names[i]}»…`);
    applyPlan(book.workbook, result.books[i].plan);
    await staged.write(names[i], await writeWorkbook(book.workbook));
  }
}

/** «мониторинг.xlsx» → «мониторинг.checked.xlsx»; checking a checked book keeps one «.checked»; same names get «-2». */
export function outputNames(books: { path: string }[]): string[] {
  const used = new Set<string>();
  return books.map((b) => {
    const stem = basename(b.path).replace(/\.xlsx$/i, '').replace(/\.checked$/i, '');
    let name = `${stem}.checked.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.checked.xlsx`;
    used.add(name.toLowerCase());
    return name;
  });
}

function noTablesReason(result: CheckResult): string {
  const names = result.books.map((b) => `«${b.book}»`).join(', ');
  const first = result.diagnostics.find((d) => d.severity === 'error' && d.id !== 'ingest.no-tables');
  const why = first ? ` (${first.sheet ? `лист «${first.sheet}»${first.cell ? `, ${first.cell}` : ''}: ` : ''}${first.message.replace(/\.$/, '')})` : '';
  return `в ${names} не найдено ни одной таблицы мониторинга со списком школ${why}.`;
}
