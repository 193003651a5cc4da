import { wordStart } from './header-words';

/**
 * Columns that say which school a row is, or give context about it, and hold
 * no measure: the municipality, the address, the director, a phone, notes.
 * They are listed as `identity` so that no data column goes unaccounted for.
 * Patterns run on the header as header-words.ts reads it, at word starts.
 */
const IDENTITY = [
  /муниципальн\S* (район|образовани|округ)|муниципалитет|(район|округ|мо|гo|мр|city|город|населенн\S* пункт|поселени|территори)([^а-я]|$)/,
  /адрес|местонахожд|юридическ|фактическ/,
  /директор|руководител|фио|ф\.и\.о|заведующ|ответственн|исполнител|должност|контактн\S* лиц/,
  /телефон|тел([^а-я]|$)|e-?mail|электронн\S* почт|почт|факс/,
  /примечани|комментари|пояснени|замечани|прочее|иное|особые отметки|отметка о/,
  /кпп|огрн|окпо|октмо|окато|(^|[^а-я])код|идентификатор|(^|[^а-я])id([^а-я]|$)|guid|uid/,
  /(тип|вид)( оо| образовательн| организац| учрежден| школ)?([^а-я]|$)|организационно|форма собственност|статус оо/,
  /краткое наименовани|полное наименовани|сокращенн\S* наименовани|наименовани|название/,
  /^(№|n|no\.?|№ ?п\/п|п\/п|№ ?пп|номер)( ~ .*)?$|^№ /,
  /дата (заполнени|выгрузк|формировани|обновлени)|дата и время|период|отчетн\S* период/,
  /(^|[^а-я])инн([^а-я]|$)/,
].map(wordStart);

export function isIdentityHeader(text: string): boolean {
  return IDENTITY.some((p) => p.test(text));
}
