import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DatasetSchema, type Dataset } from '@shared/dataset/schema';
import { datasetVersionOf } from '@shared/dataset/version';
import type { DatasetManifest } from '@shared/ipc/contract';
import { err, ok, type Result } from '@shared/result';

/**
 * The bundled dataset, read and validated once, on first use. A missing or damaged file is
 * reported as a reason the UI can show, not as a crash.
 */
export class DatasetSource {
  private loaded: Promise<Result<Dataset, string>> | null = null;

  constructor(
    private readonly file: string,
    private readonly read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
  ) {}

  load(): Promise<Result<Dataset, string>> {
    this.loaded ??= this.readAndValidate();
    return this.loaded;
  }

  async manifest(): Promise<Result<DatasetManifest, string>> {
    const dataset = await this.load();
    return dataset.ok ? ok({ version: dataset.value.version, documentCount: dataset.value.documents.length }) : dataset;
  }

  private async readAndValidate(): Promise<Result<Dataset, string>> {
    let text: string;
    try {
      text = await this.read(this.file);
    } catch (error) {
      return err(
        `the bundled dataset cannot be read at ${this.file} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return err(`the bundled dataset at ${this.file} is not valid JSON`);
    }
    const parsed = DatasetSchema.safeParse(json);
    if (!parsed.success) return err(`the bundled dataset does not match its schema: ${z.prettifyError(parsed.error)}`);
    // The dataset lies outside the app archive: a file edited after installation keeps its
    // old version or makes one up, and is refused rather than shown.
    const { version, ...content } = parsed.data;
    const expected = datasetVersionOf(content);
    return version === expected
      ? ok(parsed.data)
      : err(`the bundled dataset has been altered: its version says ${version}, its content hashes to ${expected}`);
  }
}
