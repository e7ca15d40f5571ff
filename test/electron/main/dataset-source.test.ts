import { describe, expect, it, vi } from 'vitest';
import { DatasetSource } from '../../../electron/main/dataset-source';
import { bundledDataset } from '../../dataset-fixture';

const dataset = bundledDataset();

describe('DatasetSource', () => {
  it('reads, validates and caches the bundled dataset', async () => {
    const read = vi.fn(async () => JSON.stringify(dataset));
    const source = new DatasetSource('/res/dataset.json', read);
    expect(await source.manifest()).toEqual({
      ok: true,
      value: { version: dataset.version, documentCount: dataset.documents.length },
    });
    expect((await source.load()).ok).toBe(true);
    expect(read).toHaveBeenCalledOnce();
  });

  it('reports a missing file', async () => {
    const source = new DatasetSource('/res/dataset.json', async () => {
      throw Object.assign(new Error('no'), { code: 'ENOENT' });
    });
    expect(await source.load()).toEqual({
      ok: false,
      error: 'the bundled dataset cannot be read at /res/dataset.json (ENOENT)',
    });
  });

  it('reports a file that is not JSON', async () => {
    expect(await new DatasetSource('/d.json', async () => '{ truncated').load()).toEqual({
      ok: false,
      error: 'the bundled dataset at /d.json is not valid JSON',
    });
  });

  it('reports a dataset that does not match the schema', async () => {
    const result = await new DatasetSource('/d.json', async () => JSON.stringify({ ...dataset, format: 99 })).load();
    expect(result.ok ? '' : result.error).toMatch(/^the bundled dataset does not match its schema:.*format/su);
  });
});
