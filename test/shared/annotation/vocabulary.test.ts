import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, normaliseTag, sameTag } from '@shared/annotation/vocabulary';

describe('normaliseTag', () => {
  it.each([
    ['  Sahel  ', 'Sahel'],
    ['#PCR', 'PCR'],
    ['réunion   de\tmars', 'réunion de mars'],
    ['Re\u0301union', 'Réunion'],
    ['a\u0000b\u200bc', 'abc'],
  ])('turns %j into %j', (input, tag) => {
    expect(normaliseTag(input)).toBe(tag);
  });

  it('refuses what leaves nothing', () => {
    expect(normaliseTag('   ')).toBeNull();
    expect(normaliseTag('##')).toBeNull();
  });

  it('cuts a long tag to whole characters', () => {
    const tag = normaliseTag('🙂'.repeat(100));
    expect(Array.from(tag ?? '')).toHaveLength(MAX_TAG_LENGTH);
  });
});

describe('sameTag', () => {
  it('ignores case, not accents', () => {
    expect(sameTag('Sahel', 'SAHEL')).toBe(true);
    expect(sameTag('réunion', 'reunion')).toBe(false);
  });
});
