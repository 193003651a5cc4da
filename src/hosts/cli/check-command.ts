import { CheckSession, checkSession, renderSessionLetters, sessionReport } from '../../app/check-session';
import { noTablesReason } from '../../app/describe-diagnostic';
import { REPORT_FILE, checkedBookNames } from '../../app/output-names';
import { checkedPackageBytes } from '../../adapters/xlsx-package/checked-package';
import { IsoDate } from '../../core/model/iso-date';
import { CheckReport } from '../../core/report/report-types';
import { WorkbookPlan } from '../../core/plan/workbook-plan';
import { LoadedBook } from './load-books';
import { Inputs, loadInputs } from './load-inputs';
import { CheckOptions } from './parse-args';
import { StagedOutput } from './staged-output';
import { reportJson } from './report-json';
import { collectGarbage } from './collect-garbage';
import { summaryLines } from './summary-lines';
import { UnusableInput } from './unusable-input';

const EMPTY_PLAN: WorkbookPlan = { sheets: [], highlights: [], letterRegister: [] };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export interface CliIo {
  out(line: string): void;
  progress(line: string): void;
  today: IsoDate;
}

/**
 * `roadmap-control check`: read every input (any unusable one stops the run
 * before anything is written), run the check session, render the letters,
 * apply the plans, then move all outputs into place at once.
 */
export async function runCheckCommand(options: CheckOptions, io: CliIo): Promise<void> {
  const inputs = await loadInputs(options, io);
  const staged = await StagedOutput.open(options.out, REPORT_FILE);
  try {
    // Only the plans and the summary outlive the check: a region's grids, tables and findings
    // go before report.json is written, the report before the memory-hungry part, writing the
    // checked workbooks one at a time (each plan let go as its workbook is written).
    const { lines, letters, plans, books } = await checkAndReport(inputs, options, staged, io);
    await writeCheckedBooks(plans, books, staged, io);
    await staged.commit();
    for (const path of staged.kept) io.out(`Письмо «${path}» изменено после прошлой проверки и оставлено как есть.`);
    for (const line of lines) io.out(line);
    const names = checkedBookNames(options.books);
    io.out(`Результаты: ${options.out} (${names.join(', ')}${letters ? ', letters/' : ''}, ${REPORT_FILE}).`);
  } catch (error) {
    await staged.abandon();
    throw error;
  }
}

async function checkAndReport(
  inputs: Inputs,
  options: CheckOptions,
  staged: StagedOutput,
  io: CliIo,
): Promise<{ lines: string[]; letters: boolean; plans: WorkbookPlan[]; books: Pick<LoadedBook, 'path' | 'opened'>[] }> {
  const { report, plans } = await checkAndDraft(inputs, options, staged, io);
  // The grids are not needed to write: only the package and the plan.
  const books = inputs.books
    .splice(0)
    .map(({ path, opened }) => ({ path, opened: { ...opened, book: { name: opened.book.name, grids: [] } } }));
  collectGarbage();
  await staged.writeChunks(REPORT_FILE, reportJson(report));
  return { lines: summaryLines(report), letters: report.letters.length > 0, plans, books };
}

async function checkAndDraft(
  inputs: Inputs,
  options: CheckOptions,
  staged: StagedOutput,
  io: CliIo,
): Promise<{ report: CheckReport; plans: WorkbookPlan[] }> {
  const books = inputs.books.map((b) => b.grids);
  io.progress('Проверка по дорожной карте…');
  let session: CheckSession = checkSession({
    books,
    roadmap: inputs.roadmap,
    roadmapFromFile: inputs.roadmapFromFile,
    registry: inputs.registry,
    mapping: inputs.mapping,
    asOf: options.asOf,
    today: io.today,
    previous: inputs.previous,
    letterSettings: inputs.letterSettings,
    letterFormats: options.letters,
  });
  if (!session.result.checked) throw new UnusableInput(noTablesReason(session.result));
  const numbering = session.result.diagnostics.find((d) => d.id === 'letters.number-out-of-range');
  if (numbering) throw new UnusableInput(lowerFirst(numbering.message));

  if (session.letters.length > 0) {
    io.progress(`Письма: ${session.letters.length} (${options.letters.join(', ')})…`);
    if (session.placeholderLetters) io.progress('Настройки писем не заданы (--settings): в письмах оставлены поля для заполнения.');
    const rendered = await renderSessionLetters(session, books, {
      formats: options.letters,
      combined: true,
      zip: true,
      template: inputs.template,
      // Each file is written as it is rendered: a region's letters are never all in memory.
      sink: (file) => staged.write(file.path, file.data),
    });
    // Nothing is written and no outgoing number is used: the staged output is abandoned.
    if (rendered.errors.length > 0) {
      const more = rendered.errors.length > 1 ? ` (и ещё ошибок: ${rendered.errors.length - 1})` : '';
      throw new UnusableInput(`письма не подготовлены, ничего не записано. ${rendered.errors[0].message}${more}`);
    }
    session = rendered.session;
  }
  return { report: sessionReport(session), plans: session.result.books.map((b) => b.plan) };
}

async function writeCheckedBooks(
  plans: WorkbookPlan[],
  books: Pick<LoadedBook, 'path' | 'opened'>[],
  staged: StagedOutput,
  io: CliIo,
): Promise<void> {
  const names = checkedBookNames(books.map((b) => b.path));
  for (let i = 0; i < names.length; i++) {
    const book = books[i];
    io.progress(`Запись «${names[i]}»…`);
    collectGarbage();
    const bytes = await checkedPackageBytes(book.opened, plans[i], [], true);
    plans[i] = EMPTY_PLAN;
    books[i] = { path: book.path } as LoadedBook; // let this package go before the next book is written
    await staged.write(names[i], bytes);
  }
}
