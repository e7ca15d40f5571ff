import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topScores } from '@shared/search/top-scores';

describe('topScores', () => {
  it('gives the positions of the highest scores, highest first, equal ones in position order', () => {
    expect(topScores([1, 5, 3, 5, 0], 5, 3)).toEqual([1, 3, 2]);
  });

  it('reads only the first `count` scores and gives no more than there are', () => {
    expect(topScores(new Float64Array([1, 2, 9]), 2, 5)).toEqual([1, 0]);
    expect(topScores([], 0, 3)).toEqual([]);
  });

  it('agrees with sorting every score (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.nat(30), (scores, limit) => {
        const sorted = scores
          .map((score, position) => ({ score, position }))
          .sort((a, b) => b.score - a.score || a.position - b.position)
          .slice(0, limit)
          .map(({ position }) => position);
        expect(topScores(scores, scores.length, limit)).toEqual(sorted);
      }),
    );
  });
});
