import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '@shared/dataset/schema';
import { bundledDataset } from '../../dataset-fixture';

describe('DatasetSchema', () => {
  it('refuses a bundled document whose id wears the prefix kept for a person’s imports', () => {
    const dataset = bundledDataset();
    const [first, ...rest] = dataset.documents;
    const parsed = DatasetSchema.safeParse({ ...dataset, documents: [{ ...first, id: 'my-page' }, ...rest] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      'bundled document ids never start with "my-" (kept for a person\'s imports)',
    );
  });

  it('accepts the bundled dataset', () => {
    expect(DatasetSchema.safeParse(bundledDataset()).success).toBe(true);
  });
});
