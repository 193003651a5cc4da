import { Document, Packer } from 'docx';
import { LetterModel } from '../../core/letters/letter-model';
import { DOCX_DEFAULT_RUN, SectionLayout, letterSection } from './docx-letter-section';
import { BODY_PT, linePitchPt, pointsToTwips } from './letter-layout';

/**
 * Letters in the default ГОСТ layout as one .docx: one letter per section, so a
 * combined file starts every letter on a new page with its own page numbers.
 */
export async function renderDefaultDocx(letters: readonly LetterModel[], layout: SectionLayout = {}): Promise<Uint8Array> {
  const document = new Document({
    creator: letters[0]?.department.name ?? 'Контроль исполнения',
    title: letters.length === 1 ? `${letters[0].title}: ${letters[0].school}` : 'Запросы о предоставлении объяснений',
    styles: {
      default: {
        document: {
          run: DOCX_DEFAULT_RUN,
          // Exact single spacing of 14 pt Times New Roman: a paragraph a template adds keeps the pitch.
          paragraph: { spacing: { line: pointsToTwips(linePitchPt(BODY_PT)), lineRule: 'exact', before: 0, after: 0 } },
        },
      },
    },
    sections: letters.map((l) => letterSection(l, layout)),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
