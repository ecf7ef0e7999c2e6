import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes outputs below --out DIR, mirroring the input tree. Every file appears whole or not at all:
 * it is written to a hidden temporary file beside its destination, then renamed over it (an atomic
 * replace on one file system). A run killed midway leaves only whole outputs (and perhaps a hidden
 * ".*.tmp-*" file, never mistaken for an output).
 */
export class OutputDir {
  private madeDirs = new Set<string>();
  private counter = 0;

  constructor(readonly root: string) {}

  /** The output path of an input: DIR/<its path below the folder given>.<suffix>. */
  pathFor(outRel: string, suffix: string): string {
    return join(this.root, `${outRel}${suffix}`);
  }

  /** Writes a file atomically; removes the given stale files (an old error record beside a new result, ...). */
  async write(path: string, content: string, stale: readonly string[] = []): Promise<void> {
    await this.ensureDir(dirname(path));
    const temporary = this.temporaryFor(path);
    try {
      await writeFile(temporary, content);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    for (const file of stale) await rm(file, { force: true });
  }

  /** Opens a file written piece by piece (jsonl mode: one output line per input line), renamed into place on commit. */
  async openStream(path: string, stale: readonly string[] = []): Promise<OutputStream> {
    await this.ensureDir(dirname(path));
    const temporary = this.temporaryFor(path);
    const handle = await open(temporary, 'w');
    return new OutputStream(handle, temporary, path, stale);
  }

  private temporaryFor(path: string): string {
    return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${this.counter++}`);
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    if (this.madeDirs.size > 10_000) this.madeDirs.clear();
    this.madeDirs.add(dir);
  }
}

export class OutputStream {
  constructor(
    private readonly handle: FileHandle,
    private readonly temporary: string,
    readonly path: string,
    private readonly stale: readonly string[],
  ) {}

  async write(chunk: string): Promise<void> {
    await this.handle.write(chunk);
  }

  async commit(): Promise<void> {
    await this.handle.close();
    await rename(this.temporary, this.path);
    for (const file of this.stale) await rm(file, { force: true });
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}
