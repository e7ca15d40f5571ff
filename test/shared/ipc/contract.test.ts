import { describe, expect, expectTypeOf, it } from 'vitest';
import { apiNameOf, IPC_CHANNELS, type ApiName } from '@shared/ipc/contract';

describe('the IPC contract', () => {
  it("names the preload's function for a channel as ApiName does", () => {
    expect(apiNameOf('dataset:load')).toBe('datasetLoad');
    expect(apiNameOf('link:openExternal')).toBe('linkOpenExternal');
    expectTypeOf(apiNameOf('link:openExternal')).toEqualTypeOf<ApiName<'link:openExternal'>>();
  });

  it('gives every channel its own function name', () => {
    const names = IPC_CHANNELS.map(apiNameOf);
    expect(new Set(names).size).toBe(IPC_CHANNELS.length);
  });
});
