import { shortHash } from '../hash';
import { DatasetSchema, type Dataset } from './schema';

/** A dataset's content: everything its version is computed from. */
export type DatasetContent = Omit<Dataset, 'version'>;

const ContentSchema = DatasetSchema.omit({ version: true });

/**
 * The version of a dataset: a hash of its content as the schema reads it (keys in the
 * schema's order, unknown keys dropped), so the builder, which hashes what it is about to
 * write, and the main process, which hashes what it read back, compute it from the same
 * bytes. Content the schema refuses is hashed as given; the builder refuses it anyway.
 */
export function datasetVersionOf(content: unknown): string {
  const parsed = ContentSchema.safeParse(content);
  return shortHash(JSON.stringify(parsed.success ? parsed.data : content), 16);
}
