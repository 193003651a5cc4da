import { MeasureId, isKnownMeasure, measureDef } from '../model/measures';
import { ColumnHeader } from './header-context';
import { PERCENT_CUE, Subject, System, subjectsIn, systemsIn } from './header-cues';
import { wordStart } from './header-words';
import { MeasureSignature, REPORT_CUE, SIGNATURES, itemNumberIn } from './synonyms';

/**
 * Scores every measure a column could be and decides how sure that is. Words
 * in the column's own header weigh 3, in its parent 2, in the titles and the
 * sheet name 1. A mapping is `sure` when the best candidate rests on full
 * evidence (its subject and system were both found) and beats every
 * runner-up with full evidence by a clear margin; a narrower winner is a
 * `guess` (used, and flagged with a warning); a tie between the best two, or
 * no candidate at all, leaves the column `unknown` (the tied ones are offered
 * as the best guesses). All words are matched where a word starts, on the
 * header as header-words.ts reads it.
 */
export interface ColumnHints {
  /** Most sampled values are written as percents (`85,7%` or a % format). */
  percent: boolean;
  /** Most sampled values are dates. */
  dates: boolean;
}

export interface ColumnCandidate {
  measure: MeasureId;
  score: number;
  /** Context the measure needs was not found anywhere (no system, no subject). */
  weak: boolean;
}

export interface ColumnDecision {
  measure: MeasureId | null;
  confidence: 'sure' | 'guess' | 'unknown';
  alternatives: MeasureId[];
}

/** The signatures with every pattern matched at the start of a word only. */
const WORD_SIGNATURES: readonly MeasureSignature[] = SIGNATURES.map((sig) => ({
  ...sig,
  cues: sig.cues.map(wordStart),
  not: sig.not?.map(wordStart),
}));
const PERCENT_WORD = wordStart(PERCENT_CUE);
const REPORT_WORD = wordStart(REPORT_CUE);

const CLEAR_MARGIN = 2;
const MAX_ALTERNATIVES = 3;
const PEOPLE: Subject[] = ['teachers', 'students', 'parents'];

interface Nearest<T> {
  found: Set<T>;
  weight: number;
}

function nearest<T>(header: ColumnHeader, detect: (text: string) => Set<T>): Nearest<T> {
  const levels: Array<[string, number]> = [
    [header.childText, 3],
    [header.parentText, 2],
    [header.contextText, 1],
  ];
  for (const [text, weight] of levels) {
    const found = text ? detect(text) : new Set<T>();
    if (found.size > 0) return { found, weight };
  }
  return { found: new Set<T>(), weight: 0 };
}

function cueWeight(pattern: RegExp, header: ColumnHeader): number {
  if (pattern.test(header.childText)) return 3;
  if (header.parentText && pattern.test(header.parentText)) return 2;
  return 0;
}

function reportCandidate(header: ColumnHeader, hints: ColumnHints): ColumnCandidate | null {
  const item = itemNumberIn(header.child) ?? itemNumberIn(header.parent);
  if (!item) return null;
  const measure = `report_${item.replace('.', '_')}`;
  if (!isKnownMeasure(measure)) return null;
  const worded = REPORT_WORD.test(header.childText) || REPORT_WORD.test(header.parentText);
  return { measure, score: 6 + (worded ? 3 : 0) + (hints.dates ? 2 : 0), weak: !worded && !hints.dates };
}

export function scoreColumn(header: ColumnHeader, hints: ColumnHints): ColumnCandidate[] {
  const subjects = nearest<Subject>(header, subjectsIn);
  const systems = nearest<System>(header, systemsIn);
  const speaksOfShare = hints.percent || PERCENT_WORD.test(header.childText) || PERCENT_WORD.test(header.parentText);
  const peopleInHeader = subjects.weight >= 2 && PEOPLE.some((p) => subjects.found.has(p));
  const out: ColumnCandidate[] = [];
  const report = reportCandidate(header, hints);
  if (report) out.push(report);

  for (const sig of WORD_SIGNATURES) {
    const type = measureDef(sig.measure)?.type;
    if ((type === 'count' || type === 'percent') && (sig.percent ?? false) !== speaksOfShare) continue;
    if (sig.noPeople && peopleInHeader) continue;
    if (sig.when && !sig.when(header.childText)) continue;
    if (sig.not?.some((p) => p.test(header.childText) || (header.parentText !== '' && p.test(header.parentText)))) continue;
    let score = 0;
    let rejected = false;
    for (const cue of sig.cues) {
      const w = cueWeight(cue, header);
      if (w === 0) {
        rejected = true;
        break;
      }
      score += w;
    }
    if (rejected) continue;
    let weak = false;
    if (sig.subject) {
      // Context often says whose headcount it is; a chat or a lesson is always named in the header.
      if (subjects.found.size === 0 && !PEOPLE.includes(sig.subject)) continue;
      if (subjects.found.size === 0) weak = true;
      else if (!subjects.found.has(sig.subject)) continue;
      else score += subjects.weight;
    }
    if (sig.system) {
      // «Педагогов, использующих ФГИС МШ и Сферум»: a header naming two systems is about neither alone.
      if (systems.found.size > 1 && systems.weight >= 2) continue;
      if (systems.found.size === 0) weak = true;
      else if (!systems.found.has(sig.system)) continue;
      else score += systems.weight;
    }
    if (sig.cues.length === 0 && (weak || score === 0)) continue;
    if (type === 'date' && !hints.dates) weak = true;
    out.push({ measure: sig.measure, score, weak });
  }
  return out.sort((a, b) => b.score - a.score || Number(a.weak) - Number(b.weak));
}

export function decideColumn(candidates: ColumnCandidate[]): ColumnDecision {
  if (candidates.length === 0) return { measure: null, confidence: 'unknown', alternatives: [] };
  const [top, second] = candidates;
  // Two equally good readings: choosing one would be a coin toss that may send a letter.
  if (second && second.score === top.score && second.weak === top.weak) {
    const tied = candidates.filter((c) => c.score === top.score && c.weak === top.weak);
    return { measure: null, confidence: 'unknown', alternatives: tied.slice(0, MAX_ALTERNATIVES).map((c) => c.measure) };
  }
  // A runner-up that lacks its context (no system, no subject) does not cast doubt on full evidence.
  const sure = !top.weak && (!second || second.weak || top.score - second.score >= CLEAR_MARGIN);
  return {
    measure: top.measure,
    confidence: sure ? 'sure' : 'guess',
    alternatives: candidates.slice(1, 1 + MAX_ALTERNATIVES).map((c) => c.measure),
  };
}
