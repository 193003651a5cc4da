import { Diagnostic, diagnostic } from '../../core/model/diagnostic';

/** What docxtemplater puts in `error.properties` (only the fields used here). */
export interface TemplateErrorProperties {
  id?: string;
  xtag?: string;
  file?: string;
  offset?: number | number[];
  openingtag?: string;
  closingtag?: string;
  explanation?: string;
  errors?: { properties?: TemplateErrorProperties }[];
}

/** Where in the template: the part («основной текст», «колонтитул») and the paragraph. */
export type LocateOffset = (file: string | undefined, offset: number | undefined) => string;

function russianExplanation(p: TemplateErrorProperties): string {
  const tag = p.xtag ?? '';
  switch (p.id) {
    case 'unclosed_tag': {
      // docxtemplater runs an unclosed tag on into the next paragraphs' text: the name is what the user typed.
      const name = /^[#/^@]?[A-Za-z_][\w.]*/.exec(tag)?.[0] ?? tag;
      return `Тег «{${name}» не закрыт: после имени не хватает «}».`;
    }
    case 'unopened_tag':
      return `Перед «${tag}}» не хватает открывающей скобки «{».`;
    case 'duplicate_open_tag':
      return `В теге «${tag}» лишняя открывающая скобка: пишите одну «{».`;
    case 'duplicate_close_tag':
      return `В теге «${tag}» лишняя закрывающая скобка: пишите одну «}».`;
    case 'unclosed_loop':
      return `Блок {#${tag}} не закрыт: добавьте {/${tag}} там, где он кончается.`;
    case 'unopened_loop':
      return `Закрывающий тег {/${tag}} стоит без открывающего {#${tag}}.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `Блок {#${p.openingtag}} закрыт тегом {/${p.closingtag}}: имена должны совпадать.`;
    case 'unbalanced_loop_tags':
      return 'Блоки {#…}{/…} перекрываются: один блок должен целиком лежать внутри другого или после него.';
    case 'loop_position_invalid':
      return `Теги блока {#${tag}}…{/${tag}} стоят в разных местах таблицы: строка таблицы повторяется, только если оба тега в ней.`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `Тег {@${tag}} должен стоять в абзаце один.`;
    default:
      return tag ? `Тег «${tag}» не удалось разобрать.` : 'Шаблон не удалось разобрать.';
  }
}

function firstOffset(offset: number | number[] | undefined): number | undefined {
  return Array.isArray(offset) ? offset[0] : offset;
}

/** docxtemplater's errors (one, or many in `properties.errors`) as Russian diagnostics. */
export function templateDiagnostics(error: unknown, locate: LocateOffset): Diagnostic[] {
  const props = (error as { properties?: TemplateErrorProperties }).properties;
  if (!props) {
    const reason = error instanceof Error ? error.message : String(error);
    return [diagnostic('letters.template-unreadable', 'error', `Шаблон письма не открылся как документ Word (.docx): ${reason}.`)];
  }
  const all = props.errors?.map((e) => e.properties ?? {}) ?? [props];
  return all.map((p) => {
    const id = `letters.template-${(p.id ?? 'error').replace(/_/g, '-')}`;
    return diagnostic(id, 'error', `Ошибка в шаблоне письма, ${locate(p.file, firstOffset(p.offset))}: ${russianExplanation(p)}`);
  });
}
