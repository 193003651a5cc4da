import { basename } from 'node:path';
import { z } from 'zod';
import { ChosenLetterSettings, DEFAULT_LETTER_SETTINGS } from '../../app/letter-defaults';
import { PreviousRound } from '../../core/evaluate/evaluation';
import { MappingOverride } from '../../core/ingest/ingest-types';
import { parseLetterSettings } from '../../core/letters/letter-settings';
import { isKnownMeasure } from '../../core/model/measures';
import { previousRoundFromReport } from '../../core/report/previous-round';
import { parseRoadmapJsonText } from '../../core/roadmap/parse-roadmap';
import { getPreset, PRESET_IDS } from '../../core/roadmap/presets';
import { Roadmap } from '../../core/roadmap/schema';
import { DEFAULT_ROADMAP } from '../../app/check-settings';
import { loadBook } from './load-books';
import { rulesFromGrid } from '../../core/pipeline/roadmap-from-books';
import { RULES_SHEET } from '../../core/roadmap/rules-table-layout';
import { readInputFile, readJsonFile } from './read-input-file';
import { UnusableInput } from './unusable-input';

/**
 * A preset id, a roadmap JSON file, or a workbook with a «Правила» sheet (`roadmap-control rules`
 * writes one); the first error is reported with its path or cell. `fromFile`: the user named the
 * rules, so they win over a «Правила» sheet in the checked books.
 */
export async function loadRoadmap(spec: string): Promise<{ roadmap: Roadmap; fromFile: boolean }> {
  const preset = getPreset(spec);
  if (preset) return { roadmap: preset, fromFile: false };
  if (/\.xls[xm]$/i.test(spec)) return { roadmap: await loadRulesWorkbook(spec), fromFile: true };
  if (!spec.toLowerCase().endsWith('.json')) {
    throw new UnusableInput(
      `дорожная карта «${spec}» не найдена: укажите ${PRESET_IDS.join(' или ')}, файл .json или книгу с листом «${RULES_SHEET}».`,
    );
  }
  return { roadmap: await loadRoadmapJson(spec), fromFile: true };
}

async function loadRulesWorkbook(spec: string): Promise<Roadmap> {
  const read = await loadBook(spec, 'Дорожная карта', 'правила ');
  const grid = read.grids.grids.find((g) => g.sheet.trim().toLowerCase() === RULES_SHEET.toLowerCase());
  if (!grid) throw new UnusableInput(`в книге «${basename(spec)}» нет листа «${RULES_SHEET}»: его пишет команда «roadmap-control rules».`);
  const rules = rulesFromGrid(grid, getPreset(DEFAULT_ROADMAP)!);
  if (!rules.ok) {
    const shown = rules.diagnostics.slice(0, 5).map((d) => d.message.replace(/\.$/, ''));
    const more = rules.diagnostics.length > shown.length ? `; и ещё ${rules.diagnostics.length - shown.length}` : '';
    throw new UnusableInput(`правила «${basename(spec)}» не прочитаны: ${shown.join('; ')}${more}.`);
  }
  return rules.roadmap;
}

async function loadRoadmapJson(spec: string): Promise<Roadmap> {
  const text = new TextDecoder('utf-8').decode(await readInputFile(spec, 'Дорожная карта')).replace(/^\uFEFF/, '');
  const parsed = parseRoadmapJsonText(text);
  if (!parsed.ok) {
    const first = parsed.diagnostics[0];
    const more = parsed.diagnostics.length > 1 ? ` (и ещё ошибок: ${parsed.diagnostics.length - 1})` : '';
    throw new UnusableInput(`дорожная карта «${basename(spec)}»: ${first?.message ?? 'файл не читается'}${more}`);
  }
  return parsed.roadmap;
}

const mappingEntry = z.object({
  sheet: z.string().min(1),
  column: z.string().regex(/^[A-Za-z]{1,3}$/, 'столбец пишется буквами: D'),
  measure: z.string().nullable(),
});
/** A list of entries, or a whole report.json (its "mapping" is reused as it is). */
const mappingFile = z.union([z.array(mappingEntry), z.object({ mapping: z.array(mappingEntry) }).transform((r) => r.mapping)]);

export async function loadMapping(path: string | null): Promise<MappingOverride[]> {
  if (!path) return [];
  const parsed = mappingFile.safeParse(await readJsonFile(path, 'Сопоставление столбцов'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnusableInput(
      `сопоставление столбцов «${basename(path)}»: ожидается список {"sheet", "column", "measure"} (${issue.path.join('.') || 'файл'}: ${issue.message}).`,
    );
  }
  const unknown = parsed.data.find((m) => m.measure !== null && !isKnownMeasure(m.measure));
  if (unknown)
    throw new UnusableInput(
      `сопоставление столбцов «${basename(path)}»: неизвестный показатель «${unknown.measure}» (лист «${unknown.sheet}», столбец ${unknown.column}).`,
    );
  return parsed.data.map((m) => ({ sheet: m.sheet, column: m.column.toUpperCase(), measure: m.measure }));
}

export async function loadSettings(path: string | null): Promise<ChosenLetterSettings> {
  if (!path) return { settings: DEFAULT_LETTER_SETTINGS, placeholder: true, diagnostics: [] };
  const parsed = parseLetterSettings(await readJsonFile(path, 'Настройки писем'));
  if (!parsed.ok) throw new UnusableInput(`настройки писем «${basename(path)}»: ${parsed.diagnostics[0].message}`);
  return { settings: parsed.settings, placeholder: false, diagnostics: [] };
}

export async function loadPrevious(path: string | null, roadmap: Roadmap): Promise<PreviousRound | null> {
  if (!path) return null;
  const parsed = previousRoundFromReport(await readJsonFile(path, 'Отчёт прошлой проверки'), roadmap);
  if (!parsed.ok) throw new UnusableInput(`отчёт прошлой проверки «${basename(path)}»: ${parsed.reason}`);
  return parsed.previous;
}
