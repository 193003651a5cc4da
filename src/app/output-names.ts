/** «C:\\Мониторинг\\книга.xlsx» or «/home/уо/книга.xlsx» → «книга.xlsx» (no node:path: the pane runs in a browser). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * «мониторинг.xlsx» → «мониторинг.checked.xlsx»; a book with macros stays one («.checked.xlsm»);
 * checking a checked book keeps one «.checked»; same names get «-2».
 */
export function checkedBookNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const ext = /\.xlsm$/i.test(path) ? '.xlsm' : '.xlsx';
    const stem = fileName(path)
      .replace(/\.xls[xm]$/i, '')
      .replace(/\.checked$/i, '');
    let name = `${stem}.checked${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.checked${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export const REPORT_FILE = 'report.json';
