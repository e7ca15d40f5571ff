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

  it.each([
    ['content changed, version kept', { ...dataset, documents: dataset.documents.slice(1) }],
    ['version made up', { ...dataset, version: '0123456789abcdef' }],
  ])('refuses a dataset altered after the build (%s)', async (_case, altered) => {
    const result = await new DatasetSource('/d.json', async () => JSON.stringify(altered)).load();
    expect(result.ok ? '' : result.error).toMatch(
      /^the bundled dataset has been altered: its version says [0-9a-f]{16}/u,
    );
  });

  it('accepts the same content whatever the order of its keys in the file', async () => {
    const { documents, glossary, format, version } = dataset;
    const reordered = JSON.stringify({ glossary, documents, version, format });
    expect((await new DatasetSource('/d.json', async () => reordered).load()).ok).toBe(true);
  });
});
