import { describe, expect, it } from 'vitest';
import { latestDated } from '../../../renderer/src/library/latest-dated';

const dated = (id: string, iso: string | null) => ({
  id,
  date: iso === null ? null : { iso, precision: 'day' as const },
});

describe('latest dated document', () => {
  it('finds the most recent date, whatever the precision of the others', () => {
    expect(
      latestDated([dated('a', '2019-03'), dated('b', '2024-07-25'), dated('c', null), dated('d', '2013')])?.id,
    ).toBe('b');
  });

  it('is null when no document is dated', () => {
    expect(latestDated([dated('a', null)])).toBeNull();
    expect(latestDated([])).toBeNull();
  });
});
