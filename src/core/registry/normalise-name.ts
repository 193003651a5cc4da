/**
 * A school's name reduced to what identifies it, so that `МБОУ СОШ №1`,
 * `МБОУ «СОШ № 1»` and `мбоу "сош №1"` meet, while `СОШ № 1` and `СОШ № 12`
 * never do (numbers stay whole tokens).
 */
export function normaliseSchoolName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"„“”'`’]/g, ' ')
    .replace(/№\s*/g, ' № ')
    .replace(/(\d)\s*([а-я])\b/g, '$1$2') // «№ 1 а» → «№ 1а»
    .replace(/([а-я])\.\s*/g, '$1. ') // initials: «им.А.С.Пушкина» → «им. а. с. пушкина»
    .replace(/[^\p{L}\p{N}№.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
