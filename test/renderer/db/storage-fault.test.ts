import { describe, expect, it } from 'vitest';
import { storageFaultOf } from '../../../renderer/src/db/storage-fault';

describe('storageFaultOf', () => {
  it.each([
    [{ name: 'VersionError' }, 'newer-database'],
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'BlockedError' }, 'blocked'],
    [new Error('boom'), 'other'],
    [null, 'other'],
    [{ name: '__proto__' }, 'other'],
  ])('reads %j as %s', (error, fault) => {
    expect(storageFaultOf(error)).toBe(fault);
  });
});
