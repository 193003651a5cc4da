import { newStemmer } from 'snowball-stemmers';

/**
 * A header as matching reads it: the folded text with the abbreviations
 * exports use written out, then « ~ » and the same words reduced to their
 * stems, so «связавших», «связали», «связанные» and «связка» all read «связа»
 * and a cue need not list every case, number and participle. Patterns match
 * at the start of a word only (see `wordStart`): «актив» is never found inside
 * «интерактивных». Each distinct text is worked out once.
 */
const stemmer = newStemmer('russian');

/** Abbreviations as exports and people write them, with or without the full stop. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['обуч', 'обучающиеся'],
  ['уч-ся', 'учащиеся'],
  ['пед', 'педагоги'],
  ['педраб', 'педагогические работники'],
  ['педработники', 'педагогические работники'],
  ['педработников', 'педагогических работников'],
  ['дз', 'домашнее задание'],
  ['эж', 'электронный журнал'],
  ['эш', 'эш электронная школа'],
  ['мш', 'мш моя школа'],
  ['оо', 'оо образовательная организация'],
  ['кп', 'кп кадровый профиль'],
  ['пк', 'повышение квалификации'],
  ['кпк', 'курсы повышения квалификации'],
  ['кол-во', 'количество'],
  ['кл', 'классные'],
  ['дул', 'документ удостоверяющий личность'],
  ['удл', 'документ удостоверяющий личность'],
  ['свид-во', 'свидетельство'],
  ['к-во', 'количество'],
  ['кол', 'количество'],
  ['колич', 'количество'],
  ['чел', 'человек'],
  ['шт', 'штук'],
  ['ед', 'единиц'],
  ['соцсети', 'социальные сети'],
  ['соцсетях', 'социальных сетях'],
  ['соцсетей', 'социальных сетей'],
  ['вк', 'вк вконтакте'],
  ['vk', 'вк вконтакте'],
  ['уд', 'удостоверяющего'],
  ['удост', 'удостоверяющего'],
  ['св-во', 'свидетельство'],
  ['инф', 'информация'],
  ['инф-ция', 'информация'],
  ['род', 'родители'],
  ['предст', 'представители'],
  ['зарег', 'зарегистрированы'],
  ['зарегистр', 'зарегистрированы'],
]);

/**
 * Stems of one root that the stemmer leaves apart: «связка» is «связк»,
 * «связанные» is «связа»; «регистрация» and «зарегистрированы» share a root.
 */
const SAME_ROOT: ReadonlyArray<[string, string]> = [
  ['связк', 'связа'],
  ['привяза', 'связа'],
  ['привязк', 'связа'],
  ['синхрониз', 'связа'],
  ['зарегистр', 'регистр'],
  ['регистрац', 'регистр'],
  ['регистрир', 'регистр'],
  ['прошедш', 'прошл'],
  ['прошл', 'прошл'],
  ['еженедел', 'недел'],
  ['видеозвон', 'звон'],
  ['видеоконф', 'конференц'],
  ['техподдерж', 'поддержк'],
];

/** Whole stems that join a root, where a prefix would catch too much («пользователей» is not «пользуются»). */
const SAME_STEM: ReadonlyMap<string, string> = new Map([['польз', 'использ']]);

const WORD = /[a-zа-я0-9]+(?:[-/][a-zа-я0-9]+)*\.?|%|№|[^\sa-zа-я0-9]/g;
const stems = new Map<string, string>();
const texts = new Map<string, string>();

function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /[а-я]/.test(word) ? stemmer.stem(word) : word;
    s = SAME_STEM.get(s) ?? s;
    for (const [from, to] of SAME_ROOT) {
      if (s.startsWith(from)) {
        s = to;
        break;
      }
    }
    stems.set(word, s);
  }
  return s;
}

/** The words of a folded text with abbreviations written out. */
function expandedWords(folded: string): string[] {
  const out: string[] = [];
  for (const token of folded.match(WORD) ?? []) {
    const bare = token.endsWith('.') ? token.slice(0, -1) : token;
    const full = ABBREVIATIONS.get(bare);
    if (full) out.push(...full.split(' '));
    else out.push(token);
  }
  return out;
}

/** «Кол-во пед., связавших профили» → «количество педагоги , связавших профили ~ количеств педагог , связа профил». */
export function meaningText(folded: string): string {
  let text = texts.get(folded);
  if (text === undefined) {
    const words = expandedWords(folded);
    const expanded = words.join(' ');
    const stemmed = words.map((w) => (/^[a-zа-я]/.test(w) ? stemOf(w.replace(/\.$/, '')) : w)).join(' ');
    text = `${expanded} ~ ${stemmed}`;
    texts.set(folded, text);
  }
  return text;
}

const LETTER_BEFORE = '(?:(?<![a-zа-я0-9])|(?=[^a-zа-я0-9]))';

/** The pattern matched only where a word starts (or where it begins with a space, a sign or a bracket). */
export function wordStart(pattern: RegExp): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${pattern.source})`, pattern.flags);
}
