import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_ROADMAP } from '../../app/check-settings';
import { rulesWorkbookBytes } from '../../adapters/xlsx/rules-workbook';
import { countNominative, noun } from '../../core/model/nouns';
import { rulesSheetPlan } from '../../core/plan/rules-sheet-plan';
import { PRESET_IDS } from '../../core/roadmap/presets';
import { loadRoadmap } from './load-options';
import { UnusableInput } from './unusable-input';

const ITEM = noun('пункт', 'пункта', 'пунктов');
const INDICATOR = noun('показатель', 'показателя', 'показателей');

export interface RulesOptions {
  /** A preset id, a rules .json or a rules workbook to start from. */
  roadmap: string;
  /** The workbook to write: FILE.xlsx. */
  out: string;
}

/**
 * `roadmap-control rules`: the «Правила» sheet of a plan in a workbook of its own, for the
 * department to edit (next year's dates and thresholds) and to check with `--roadmap FILE.xlsx`,
 * or to copy into its monitoring workbook, where it wins over the built-in plan.
 */
export async function rulesCommand(options: RulesOptions, out: (line: string) => void): Promise<void> {
  if (!/\.xlsx$/i.test(options.out)) throw new UnusableInput(`правила пишутся в книгу .xlsx, а указано «${basename(options.out)}».`);
  const { roadmap } = await loadRoadmap(options.roadmap);
  // The texts the sheet does not hold (periods, responsible) come from the built-in plan it was made from.
  const base = PRESET_IDS.includes(options.roadmap) ? options.roadmap : PRESET_IDS.includes(roadmap.id) ? roadmap.id : DEFAULT_ROADMAP;
  const bytes = await rulesWorkbookBytes(rulesSheetPlan(roadmap, base));
  // Written beside the target and moved into place: a failed write leaves an existing file as it was.
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, options.out);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'нет такой папки' : code === 'EACCES' || code === 'EPERM' ? 'нет прав на запись' : 'файл не удалось записать';
    throw new UnusableInput(`правила не записаны в «${options.out}»: ${why}.`);
  }
  const indicators = roadmap.items.reduce((n, item) => n + item.indicators.length, 0);
  const items = countNominative(roadmap.items.length, ITEM);
  out(`Правила «${roadmap.title}» (${roadmap.year}): ${items}, ${countNominative(indicators, INDICATOR)} — записаны в ${options.out}.`);
  out(`Измените на листе «Правила» год, сроки и пороги и проверяйте по ним: roadmap-control check КНИГА.xlsx --roadmap ${options.out}`);
  out('Или скопируйте лист «Правила» в книгу мониторинга: тогда он заменяет встроенную дорожную карту.');
}
