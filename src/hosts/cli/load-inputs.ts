import { basename } from 'node:path';
import { PreviousRound } from '../../core/evaluate/evaluation';
import { MappingOverride } from '../../core/ingest/ingest-types';
import { ChosenLetterSettings } from '../../app/letter-defaults';
import { Registry } from '../../core/model/registry';
import { Roadmap } from '../../core/roadmap/schema';
import { loadBook, loadRegistry, LoadedBook } from './load-books';
import { loadMapping, loadPrevious, loadRoadmap, loadSettings } from './load-options';
import { CheckOptions } from './parse-args';
import { readInputFile } from './read-input-file';

export interface Inputs {
  roadmap: Roadmap;
  /** The rules came from a file the user named: they win over a «Правила» sheet in the books. */
  roadmapFromFile: boolean;
  mapping: MappingOverride[];
  previous: PreviousRound | null;
  registry: Registry | null;
  letterSettings: ChosenLetterSettings;
  template: Uint8Array | undefined;
  books: LoadedBook[];
}

/** Every input is read and checked before anything is written: an unusable one stops here. */
export async function loadInputs(options: CheckOptions, io: { progress(line: string): void }): Promise<Inputs> {
  const { roadmap, fromFile: roadmapFromFile } = await loadRoadmap(options.roadmap);
  const mapping = await loadMapping(options.mapping);
  const previous = await loadPrevious(options.previous, roadmap);
  const registry = await loadRegistry(options.registry);
  const letterSettings = await loadSettings(options.settings);
  const template = options.template ? await readInputFile(options.template, 'Шаблон письма') : undefined;
  const books: LoadedBook[] = [];
  for (const path of options.books) {
    io.progress(`Чтение «${basename(path)}»…`);
    books.push(await loadBook(path));
  }
  return { roadmap, roadmapFromFile, mapping, previous, registry, letterSettings, template, books };
}
