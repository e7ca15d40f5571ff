import { describe, expect, it } from 'vitest';
import { EvidenceIndex, segmentOf, sharedWeight } from '@shared/align/segments';

const source = (anchors: string[], cognates: string[] = [], length = 10) => ({
  kind: 'paragraph',
  length,
  anchors: new Set(anchors),
  cognates: new Set(cognates),
});

describe('EvidenceIndex', () => {
  it('gives each anchor one id, and returns them sorted without repeats', () => {
    const index = new EvidenceIndex(undefined);
    const first = index.idsOf(['b', 'a', 'b']);
    expect([...first]).toEqual([0, 1]);
    expect([...index.idsOf(['a', 'c'])]).toEqual([1, 2]);
  });

  it('keeps the weights it is given, and 1 for the others', () => {
    const index = new EvidenceIndex(new Map([['rare', 3]]));
    const ids = index.idsOf(['rare', 'plain']);
    expect(index.weightOf(ids)).toBe(4);
    expect([...index.weights]).toEqual([3, 1]);
  });
});

describe('sharedWeight', () => {
  it('sums the weights of the ids two sorted arrays share', () => {
    expect(
      sharedWeight(Int32Array.from([0, 2, 4]), Int32Array.from([1, 2, 4, 5]), Float64Array.from([1, 1, 2, 1, 3, 1])),
    ).toBe(5);
    expect(sharedWeight(new Int32Array(), Int32Array.from([1]), Float64Array.from([1, 1]))).toBe(0);
  });
});

describe('segmentOf', () => {
  it('joins two units: lengths added, kinds kept, anchors united, each unit’s evidence kept apart', () => {
    const index = new EvidenceIndex(undefined);
    const segment = segmentOf([source(['a', 'b'], ['cog:migr'], 100), source(['b', 'c'], [], 50)], index);
    expect(segment.length).toBe(150);
    expect(segment.kinds).toEqual(['paragraph', 'paragraph']);
    expect(segment.anchors).toHaveLength(3);
    expect(segment.anchorWeight).toBe(3);
    expect(segment.cognates).toHaveLength(1);
    expect(segment.evidence).toHaveLength(4);
    expect(segment.members.map((member) => member.evidence.length)).toEqual([3, 2]);
  });
});
