/** «C:\\Мониторинг\\книга.xlsx» or «/home/уо/книга.xlsx» → «книга.xlsx» (no node:path: the pane runs in a browser). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** «мониторинг.xlsx» → «мониторинг.checked.xlsx»; checking a checked book keeps one «.checked»; same names get «-2». */
export function checkedBookNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const stem = fileName(path)
      .replace(/\.xlsx$/i, '')
      .replace(/\.checked$/i, '');
    let name = `${stem}.checked.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.checked.xlsx`;
    used.add(name.toLowerCase());
    return name;
  });
}

export const REPORT_FILE = 'report.json';
