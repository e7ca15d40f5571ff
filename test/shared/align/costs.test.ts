import { describe, expect, it } from 'vitest';
import { anchorCost, beadCost, BEADS, kindCost, type AlignUnit } from '@shared/align/costs';
import { DEFAULT_RATIO, GALE_CHURCH_VARIANCE } from '@shared/align/length-model';

const parameters = { ratio: DEFAULT_RATIO, variance: GALE_CHURCH_VARIANCE };
const unit = (id: string, length: number, kind = 'paragraph', anchors: string[] = []): AlignUnit => ({
  id,
  kind,
  length,
  anchors: new Set(anchors),
  cognates: new Set(),
});
const prior = (french: number, english: number): number =>
  BEADS.find(({ shape }) => shape[0] === french && shape[1] === english)?.prior ?? Number.NaN;

describe('kindCost', () => {
  it('orders kinds: same, two kinds of prose, heading against prose, list against anything else', () => {
    expect(kindCost('heading', 'heading')).toBe(0);
    expect(kindCost('paragraph', 'quote')).toBeGreaterThan(0);
    expect(kindCost('heading', 'paragraph')).toBeGreaterThan(kindCost('paragraph', 'quote'));
    expect(kindCost('list', 'paragraph')).toBeGreaterThan(kindCost('heading', 'paragraph'));
    expect(kindCost('separator', 'heading')).toBe(kindCost('list', 'paragraph'));
  });
});

describe('anchorCost', () => {
  it('rewards shared anchors and penalises anchors on both sides with none shared', () => {
    expect(anchorCost(new Set(['a', 'b', 'c']), new Set(['a', 'b', 'c']))).toBeLessThan(0);
    expect(anchorCost(new Set(['a', 'b', 'c']), new Set(['x', 'y', 'z']))).toBeGreaterThan(0);
  });

  it('says nothing when neither side has anchors', () => {
    expect(anchorCost(new Set(), new Set())).toBe(0);
  });
});

describe('beadCost', () => {
  it('costs a skip its prior and a flat amount, whatever its length', () => {
    expect(beadCost([unit('a', 50)], [], prior(1, 0), parameters)).toBe(
      beadCost([unit('a', 5000)], [], prior(1, 0), parameters),
    );
  });

  it('prefers pairing two like paragraphs to leaving both alone', () => {
    const pair = beadCost(
      [unit('a', 500, 'paragraph', ['x', 'y'])],
      [unit('b', 450, 'paragraph', ['x', 'y'])],
      prior(1, 1),
      parameters,
    );
    const alone = 2 * beadCost([unit('a', 500)], [], prior(1, 0), parameters);
    expect(pair).toBeLessThan(alone);
  });

  it('makes merging in a passage whose anchors the other side lacks dearer than merging one it has', () => {
    const english = [unit('e', 900, 'paragraph', ['a', 'b', 'c', 'd'])];
    const fitting = beadCost(
      [unit('f1', 500, 'paragraph', ['a', 'b']), unit('f2', 500, 'paragraph', ['c', 'd'])],
      english,
      prior(2, 1),
      parameters,
    );
    const stray = beadCost(
      [unit('f1', 500, 'paragraph', ['a', 'b']), unit('f2', 500, 'paragraph', ['w', 'x', 'y', 'z'])],
      english,
      prior(2, 1),
      parameters,
    );
    expect(stray).toBeGreaterThan(fitting);
  });

  it('makes merging a list dearer than merging two paragraphs', () => {
    const english = [unit('e', 400)];
    const paragraphs = beadCost([unit('a', 220), unit('b', 220)], english, prior(2, 1), parameters);
    const withList = beadCost([unit('a', 220), unit('b', 220, 'list')], english, prior(2, 1), parameters);
    expect(withList).toBeGreaterThan(paragraphs);
  });
});
