import { mkdir, mkdtemp, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UnusableInput } from './unusable-input';

/**
 * Never a partial output: every file is written into a temporary folder
 * inside the output folder, and moved into place only when all of them are
 * written. A failure removes the temporary folder and leaves DIR as it was
 * (a DIR this run created is removed too).
 */
export class StagedOutput {
  private constructor(
    private readonly dir: string,
    private readonly staging: string,
    private readonly createdDir: boolean,
  ) {}

  static async open(dir: string): Promise<StagedOutput> {
    try {
      const created = (await mkdir(dir, { recursive: true })) !== undefined;
      const staging = await mkdtemp(join(dir, '.roadmap-control-'));
      return new StagedOutput(dir, staging, created);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'EEXIST' || code === 'ENOTDIR'
          ? 'это файл, а не папка'
          : code === 'EACCES'
            ? 'нет прав на запись'
            : 'папку не удалось создать';
      throw new UnusableInput(`папка результатов «${dir}»: ${why}.`);
    }
  }

  /** `relative` is a forward-slash path such as "letters/….docx". */
  async write(relative: string, data: Uint8Array | string): Promise<void> {
    const target = join(this.staging, ...relative.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }

  /** Moves every staged entry into DIR, replacing what a previous run wrote under the same names. */
  async commit(replaceAlso: string[] = []): Promise<void> {
    const entries = await readdir(this.staging);
    for (const name of new Set([...entries, ...replaceAlso])) {
      if (!entries.includes(name)) {
        await rm(join(this.dir, name), { recursive: true, force: true });
        continue;
      }
      const target = join(this.dir, name);
      // A folder (letters/) cannot be renamed over a non-empty one: the old one goes first.
      await rm(target, { recursive: true, force: true });
      await rename(join(this.staging, name), target);
    }
    await rmdir(this.staging);
  }

  async abandon(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    if (this.createdDir) await rmdir(this.dir).catch(() => undefined);
  }
}
