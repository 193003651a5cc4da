/**
 * Liberation Serif for the PDF letters (assets/fonts, copied from Debian's fonts-liberation2 by
 * scripts/make-letter-fonts.js; SIL Open Font License 1.1). It has Times New Roman's metrics,
 * so a PDF breaks its lines where the .docx does in Word and in LibreOffice. The command line
 * reads the files from the package; the task pane fetches them from its own folder, where the
 * add-in's build copies them.
 */
export const LETTER_FONT_FILES = { normal: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf' } as const;

type FontBytes = Record<string, Uint8Array>;

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

async function readFromPackage(file: string): Promise<Uint8Array> {
  const proc = (globalThis as { process?: NodeProcess }).process;
  // getBuiltinModule keeps `fs` out of the add-in's bundle (Node ≥ 20.16).
  const fs = proc?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const path = proc?.getBuiltinModule?.('node:path') as typeof import('node:path') | undefined;
  if (!fs || !path) throw new Error('no file system');
  // src/adapters/letters and dist/adapters/letters are three folders below the package, a
  // compiled bench (dist-bench/src/adapters/letters) four: the nearest assets/fonts above wins.
  for (let dir = __dirname, up = 0; up < 6; dir = path.dirname(dir), up++) {
    const candidate = path.join(dir, 'assets', 'fonts', file);
    if (fs.existsSync(candidate)) return new Uint8Array(await fs.promises.readFile(candidate));
  }
  throw new Error(`шрифт писем ${file} не найден в assets/fonts`);
}

async function fetchFromPane(file: string): Promise<Uint8Array> {
  const response = await fetch(`assets/fonts/${file}`);
  if (!response.ok) throw new Error(`шрифт ${file} не загрузился (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let loaded: Promise<FontBytes> | null = null;

/** The font files by name, read once per process (or page). */
export function letterFonts(): Promise<FontBytes> {
  loaded ??= (async () => {
    const isNode = Boolean((globalThis as { process?: NodeProcess }).process?.versions?.node);
    const read = isNode ? readFromPackage : fetchFromPane;
    const files = Object.values(LETTER_FONT_FILES);
    const bytes = await Promise.all(files.map(read));
    return Object.fromEntries(files.map((f, i) => [f, bytes[i]]));
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
}
