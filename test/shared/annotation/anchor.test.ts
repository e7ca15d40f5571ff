import { describe, expect, it } from 'vitest';
import {
  BookmarkTargetSchema,
  PassageTargetSchema,
  positionMatchesQuote,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
} from '@shared/annotation/anchor';
import { MAX_QUOTE_LENGTH } from '@shared/annotation/anchor-limits';

const target = {
  docId: 'regional-consultative-processes',
  blockId: 'l-0a1b2c3d',
  itemId: 'i-4e5f6a7b',
  language: 'fr',
};
const quote = { type: 'TextQuoteSelector', exact: 'PCR', prefix: 'migration (', suffix: ') réunissent' };

describe('annotation anchor', () => {
  it('targets a passage: a block, or one item of a list, in the language it was read in', () => {
    expect(PassageTargetSchema.parse(target)).toEqual(target);
    expect(PassageTargetSchema.safeParse({ ...target, itemId: null, language: 'en' }).success).toBe(true);
  });

  it.each([
    ['no block', { ...target, blockId: null }],
    ['a block id that is no block id', { ...target, blockId: 'paragraph 3' }],
    ['another language', { ...target, language: 'de' }],
    ['an extra key', { ...target, colour: 'yellow' }],
    ['an own __proto__ key', JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(target).slice(1)}`) as unknown],
  ])('refuses a passage target with %s', (_case, input) => {
    expect(PassageTargetSchema.safeParse(input).success).toBe(false);
  });

  it('refuses a quote longer than a passage could hold, or context beyond 32 characters', () => {
    expect(TextQuoteSelectorSchema.safeParse({ ...quote, exact: 'x'.repeat(MAX_QUOTE_LENGTH + 1) }).success).toBe(
      false,
    );
    expect(TextQuoteSelectorSchema.safeParse({ ...quote, prefix: 'x'.repeat(65) }).success).toBe(false);
    expect(TextQuoteSelectorSchema.safeParse({ ...quote, type: 'TextPositionSelector' }).success).toBe(false);
  });

  it('refuses a position that ends before it starts, or is not a whole offset', () => {
    expect(TextPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 5, end: 4 }).success).toBe(
      false,
    );
    expect(TextPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 0.5, end: 4 }).success).toBe(
      false,
    );
    expect(TextPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: -1, end: 4 }).success).toBe(
      false,
    );
  });

  it('holds a position only when it spans exactly the quoted text', () => {
    const anchor = { target: PassageTargetSchema.parse(target), quote: TextQuoteSelectorSchema.parse(quote) };
    expect(positionMatchesQuote({ ...anchor, position: null })).toBe(true);
    expect(positionMatchesQuote({ ...anchor, position: { type: 'TextPositionSelector', start: 10, end: 13 } })).toBe(
      true,
    );
    expect(positionMatchesQuote({ ...anchor, position: { type: 'TextPositionSelector', start: 10, end: 14 } })).toBe(
      false,
    );
  });

  it('bookmarks a whole document, a block or a list item, never an item without its block', () => {
    const docId = 'regional-consultative-processes';
    expect(BookmarkTargetSchema.safeParse({ docId, blockId: null, itemId: null }).success).toBe(true);
    expect(BookmarkTargetSchema.safeParse({ docId, blockId: 'p-0a1b2c3d', itemId: null }).success).toBe(true);
    expect(BookmarkTargetSchema.safeParse({ docId, blockId: 'l-0a1b2c3d', itemId: 'i-4e5f6a7b' }).success).toBe(true);
    expect(BookmarkTargetSchema.safeParse({ docId, blockId: null, itemId: 'i-4e5f6a7b' }).success).toBe(false);
    expect(BookmarkTargetSchema.safeParse({ docId: '../etc', blockId: null, itemId: null }).success).toBe(false);
  });
});
