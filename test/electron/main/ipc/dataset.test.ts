import { describe, expect, it } from 'vitest';
import { err, ok } from '@shared/result';
import { datasetChannels } from '../../../../electron/main/ipc/dataset';

describe('the dataset domain', () => {
  it("passes the bundled dataset's manifest on", async () => {
    const channels = datasetChannels({
      manifest: async () => ok({ version: 'v1', documentCount: 5 }),
      load: async () => err(''),
    });
    expect(await channels['dataset:manifest'].handle(undefined)).toEqual({
      ok: true,
      value: { version: 'v1', documentCount: 5 },
    });
  });

  it('reports a dataset that cannot be read as dataset-unavailable, with the reason', async () => {
    const reason = 'the bundled dataset is not valid JSON';
    const channels = datasetChannels({ manifest: async () => err(reason), load: async () => err(reason) });
    const unavailable = { ok: false, error: { code: 'dataset-unavailable', detail: reason } };
    expect(await channels['dataset:manifest'].handle(undefined)).toEqual(unavailable);
    expect(await channels['dataset:load'].handle(undefined)).toEqual(unavailable);
  });
});
