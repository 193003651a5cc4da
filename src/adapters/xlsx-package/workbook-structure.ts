import { XlsxPackage } from './package';
import { attr, relsPathOf, resolvePart, tags } from './xml-text';

/** One sheet of the workbook as workbook.xml and its relationships name it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  /** Part path in the package, null for a relationship that points nowhere. */
  path: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** A worksheet (not a chart sheet or a dialog sheet). */
  worksheet: boolean;
}

export interface WorkbookStructure {
  workbookPath: string;
  sheets: SheetEntry[];
  date1904: boolean;
  strict: boolean;
}

const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** Where the workbook part is: the package's office-document relationship, xl/workbook.xml by default. */
export function workbookPathOf(pkg: XlsxPackage): string | null {
  const root = pkg.text('_rels/.rels');
  if (root) {
    for (const { tag } of tags(root, 'Relationship')) {
      if (/\/officeDocument$/.test(attr(tag, 'Type') ?? '')) {
        const path = resolvePart('', attr(tag, 'Target') ?? '');
        if (pkg.has(path)) return path;
      }
    }
  }
  return pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

export function readStructure(pkg: XlsxPackage): WorkbookStructure | null {
  const workbookPath = workbookPathOf(pkg);
  if (!workbookPath) return null;
  const workbook = pkg.text(workbookPath)!;
  const rels = pkg.text(relsPathOf(workbookPath)) ?? '';
  const targets = new Map<string, { path: string; type: string }>();
  for (const { tag } of tags(rels, 'Relationship')) {
    if (attr(tag, 'TargetMode') === 'External') continue;
    targets.set(attr(tag, 'Id') ?? '', { path: resolvePart(workbookPath, attr(tag, 'Target') ?? ''), type: attr(tag, 'Type') ?? '' });
  }
  const sheets: SheetEntry[] = tags(workbook, 'sheet').map(({ tag }) => {
    const rId = attr(tag, 'r:id') ?? relId(tag);
    const target = targets.get(rId);
    const state = attr(tag, 'state');
    return {
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      rId,
      path: target && pkg.has(target.path) ? target.path : null,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      worksheet: !target || /\/worksheet$/.test(target.type),
    };
  });
  const pr = tags(workbook, 'workbookPr')[0]?.tag ?? '';
  const date1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
  return { workbookPath, sheets, date1904, strict: workbook.includes(STRICT_NS) };
}

/** The relationship id under whatever prefix the file bound to the relationships namespace. */
function relId(tag: string): string {
  return /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
}
