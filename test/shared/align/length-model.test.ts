import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATIO,
  GALE_CHURCH_VARIANCE,
  lengthCost,
  lengthDeviation,
  normalCdf,
  refinedRatio,
} from '@shared/align/length-model';

const parameters = { ratio: DEFAULT_RATIO, variance: GALE_CHURCH_VARIANCE };

describe('normalCdf', () => {
  it('matches the standard normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });
});

describe('lengthDeviation', () => {
  it('is zero when the English length is what the ratio predicts', () => {
    expect(lengthDeviation(1000, 1000 * DEFAULT_RATIO, parameters)).toBeCloseTo(0, 6);
  });

  it('is zero for two empty texts (two separators)', () => {
    expect(lengthDeviation(0, 0, parameters)).toBe(0);
  });
});

describe('lengthCost', () => {
  it('grows as the lengths move apart', () => {
    expect(lengthCost(500, 445, parameters)).toBeLessThan(lengthCost(500, 300, parameters));
    expect(lengthCost(500, 300, parameters)).toBeLessThan(lengthCost(500, 100, parameters));
  });

  it('is capped, so that one bead cannot outweigh the rest', () => {
    expect(lengthCost(10_000, 1, parameters)).toBe(25);
  });
});

describe('refinedRatio', () => {
  it('is the median ratio of the pairs', () => {
    expect(
      refinedRatio([
        [100, 80],
        [100, 90],
        [100, 120],
      ]),
    ).toBeCloseTo(0.9);
  });

  it('gives nothing for fewer than three usable pairs', () => {
    expect(
      refinedRatio([
        [100, 80],
        [10, 9],
      ]),
    ).toBeNull();
  });

  it('keeps an estimate within bounds', () => {
    expect(
      refinedRatio([
        [100, 300],
        [100, 300],
        [100, 300],
      ]),
    ).toBe(1.3);
  });
});
