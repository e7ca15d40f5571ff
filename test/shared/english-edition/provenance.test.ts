import { describe, expect, it } from 'vitest';
import { provenanceShare } from '@shared/english-edition/provenance';

describe('provenanceShare', () => {
  it("calls an edition IOM's published text only when every passage is", () => {
    expect(provenanceShare([{ origin: 'published' }, { origin: 'published' }])).toEqual({
      total: 2,
      published: 2,
      provenance: 'published',
    });
  });

  it('calls it partly published when some passages are ours', () => {
    expect(provenanceShare([{ origin: 'published' }, { origin: 'ours' }]).provenance).toBe('partly');
  });

  it('counts English written before provenance was recorded as ours', () => {
    expect(provenanceShare([{}, { origin: 'ours' }])).toEqual({ total: 2, published: 0, provenance: 'ours' });
  });
});
