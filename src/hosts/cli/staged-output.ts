import { randomBytes } from 'node:crypto';
import { FileHandle, mkdir, open, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UnusableInput } from './unusable-input';

interface Staged {
  temp: string;
  target: string;
}

/**
 * Never a partial output, and nothing of the user's lost: each file is written to a temporary
 * file beside its target and renamed over it only when every file of the run is written (so
 * `DIR/x.checked.xlsx --out DIR` keeps the previous file until the new one is complete). A
 * failure removes the temporary files and leaves DIR as it was. Nothing is ever deleted that
 * this run did not write: a letter the user edited after the previous run (it is newer than
 * that run's report.json) stays as the user saved it.
 */
export class StagedOutput {
  private readonly staged: Staged[] = [];
  private readonly folders: string[] = [];
  /** Letters left as the user edited them, for the summary. */
  readonly kept: string[] = [];

  private constructor(
    private readonly dir: string,
    private readonly createdDir: boolean,
    private readonly reportFile: string,
  ) {}

  static async open(dir: string, reportFile = 'report.json'): Promise<StagedOutput> {
    try {
      const created = await makeFolders(dir);
      if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      return new StagedOutput(dir, created, reportFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'EEXIST' || code === 'ENOTDIR'
          ? 'это файл, а не папка'
          : code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
            ? 'нет прав на запись'
            : 'папку не удалось создать';
      throw new UnusableInput(`папка результатов «${dir}»: ${why}.`);
    }
  }

  /** `relative` is a forward-slash path such as "letters/….docx". */
  async write(relative: string, data: Uint8Array | string): Promise<void> {
    try {
      await writeFile(await this.stage(relative), data);
    } catch (error) {
      throw this.failure(error, relative);
    }
  }

  /** A large text file written piece by piece (report.json at a region), a megabyte at a time. */
  async writeChunks(relative: string, pieces: Iterable<string>): Promise<void> {
    let file: FileHandle | null = null;
    try {
      file = await open(await this.stage(relative), 'w');
      // Short pieces are gathered; a long one (a batch of schools) is written as it is, not joined
      // onto the gathered text first (that join is one more copy of it).
      let buffer = '';
      for (const piece of pieces) {
        if (piece.length < 1 << 16) {
          buffer += piece;
          if (buffer.length < 1 << 20) continue;
        }
        if (buffer) await file.write(buffer);
        buffer = '';
        if (piece.length >= 1 << 16) await file.write(piece);
      }
      if (buffer) await file.write(buffer);
    } catch (error) {
      // The system's refusals (no space, no rights) in Russian; anything else is a fault of ours, as it is.
      throw (error as NodeJS.ErrnoException).code ? this.failure(error, relative) : error;
    } finally {
      await file?.close();
    }
  }

  /** Makes the target's folders and names its temporary file beside it. */
  private async stage(relative: string): Promise<string> {
    const target = join(this.dir, ...relative.split('/'));
    const folder = dirname(target);
    if (await makeFolders(folder)) this.folders.push(folder);
    const temp = join(folder, `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
    this.staged.push({ temp, target });
    return temp;
  }

  private failure(error: unknown, relative: string): UnusableInput {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') return new UnusableInput(`папка результатов «${this.dir}»: на диске нет места.`);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
      return new UnusableInput(`папка результатов «${this.dir}»: нет прав на запись.`);
    return new UnusableInput(`папка результатов «${this.dir}»: файл «${relative}» не удалось записать.`);
  }

  /** Moves every staged file over its target; report.json last, so it is the newest file of the run. */
  async commit(): Promise<void> {
    const previousReport = await stat(join(this.dir, this.reportFile)).catch(() => null);
    const report = join(this.dir, this.reportFile);
    const ordered = [...this.staged.filter((s) => s.target !== report), ...this.staged.filter((s) => s.target === report)];
    for (const { temp, target } of ordered) {
      if (previousReport && (await this.editedSince(target, previousReport.mtimeMs))) {
        this.kept.push(target);
        await rm(temp, { force: true });
        continue;
      }
      await rename(temp, target);
    }
    this.staged.length = 0;
  }

  async abandon(): Promise<void> {
    for (const { temp } of this.staged) await rm(temp, { force: true });
    this.staged.length = 0;
    for (const folder of this.folders.reverse()) await rmdir(folder).catch(() => undefined);
    if (this.createdDir) await rmdir(this.dir).catch(() => undefined);
  }

  /** A letter saved after the previous run's report: the user's own version now. */
  private async editedSince(target: string, reportMs: number): Promise<boolean> {
    if (!/\.(docx|pdf)$/i.test(target)) return false;
    const info = await stat(target).catch(() => null);
    return info !== null && info.mtimeMs > reportMs + 1000;
  }
}

/**
 * `mkdir -p` one level at a time: Node's recursive mkdir loops for ever under /proc (ENOENT on
 * a level it then finds existing), the plain one answers. True when a folder was created.
 */
async function makeFolders(dir: string): Promise<boolean> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (info) {
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    return false;
  }
  const parent = dirname(dir);
  if (parent === dir) throw Object.assign(new Error('no root'), { code: 'ENOENT' });
  await makeFolders(parent);
  await mkdir(dir);
  return true;
}
