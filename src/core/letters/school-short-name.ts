/**
 * «МБОУ «СОШ № 1»» → «СОШ-1», «МБОУ Новоназимовская СОШ № 4» → «Новоназимовская-СОШ-4»:
 * a short, recognisable part of the name for file names. The organisational
 * form (МБОУ, МАОУ…) is dropped because every school has one.
 */
const LEGAL_FORMS = /^[А-ЯЁ]{0,5}(?:ОУ|ОБУ|ОАУ|ОО)(?:\s+ДО)?\s+/u;

export function schoolShortName(name: string): string {
  const quoted = /[«"„“]([^»"“”]+)[»"“”]/.exec(name);
  const core = (quoted ? quoted[1] : name.replace(LEGAL_FORMS, '')).trim();
  const short = core
    .replace(/№\s*/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return (short || 'ОО').slice(0, 40).replace(/-+$/, '');
}
