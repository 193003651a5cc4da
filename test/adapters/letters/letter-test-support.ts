import JSZip from 'jszip';
import { draftLetters } from '../../../src/core/letters/draft-letters';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { Finding } from '../../../src/core/model/finding';
import { Registry } from '../../../src/core/model/registry';
import { REGISTRY, ROADMAP, aFinding, aSchool, sampleFindings, sampleLetterSettings } from '../../core/letters/letter-fixtures';

/** The directors the addressee must decline correctly, each heading a school with one finding. */
export const DIRECTORS: [string, string][] = [
  ['Иванова Мария Петровна', 'М.П. Ивановой'],
  ['Ковальчук Ирина Петровна', 'И.П. Ковальчук'],
  ['Ковальчук Олег Иванович', 'О.И. Ковальчуку'],
  ['Головко Анна Сергеевна', 'А.С. Головко'],
  ['Головко Сергей Иванович', 'С.И. Головко'],
  ['Лебедь Мария Ивановна', 'М.И. Лебедь'],
  ['Лебедь Иван Петрович', 'И.П. Лебедю'],
  ['Петров Илья Кузьмич', 'И.К. Петрову'],
  ['Смирнова Ольга Николаевна', 'О.Н. Смирновой'],
];

export function directorsRegistry(): Registry {
  return {
    source: 'Справочник ОО',
    schools: DIRECTORS.map(([name], i) => aSchool(`65010001${String(i + 10)}`, `МБОУ «СОШ № ${i + 10}»`, name)),
  };
}

export function directorsLetters(): LetterModel[] {
  const registry = directorsRegistry();
  const findings: Finding[] = registry.schools.map((s, i) =>
    aFinding({ schoolId: s.id, shortfall: { count: i + 1, noun: sampleFindings()[0].shortfall!.noun } }),
  );
  return draftLetters({ findings, registry, roadmap: ROADMAP, asOf: '2025-03-03', today: '2025-03-05', settings: sampleLetterSettings() });
}

export function sampleLetters(): LetterModel[] {
  return draftLetters({
    findings: sampleFindings(),
    registry: REGISTRY,
    roadmap: ROADMAP,
    asOf: '2025-03-03',
    today: '2025-03-05',
    settings: sampleLetterSettings(),
  });
}

/** A school with 24 indicators short: its letter runs over two pages or more. */
export function longLetter(rows = 24): LetterModel[] {
  const findings = Array.from({ length: rows }, (_, i) =>
    aFinding({
      indicatorId: `3.2-k${i}`,
      indicator: `Доля педагогов, зарегистрированных во ФГИС «Моя школа», корпус ${i + 1}`,
      value: 50 + i,
      cell: `E${i + 5}`,
    }),
  );
  return draftLetters({
    findings,
    registry: REGISTRY,
    roadmap: ROADMAP,
    asOf: '2025-03-03',
    today: '2025-03-05',
    settings: sampleLetterSettings(),
  });
}

export async function documentXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return zip.file('word/document.xml')!.async('string');
}

/** Visible text of a document.xml, paragraphs on their own lines, no-break spaces kept. */
export function visibleText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : m[1])).join(''))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
