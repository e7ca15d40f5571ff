import { describe, expect, it } from 'vitest';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '@shared/annotation/anchor';
import { selectorsFor } from '@shared/annotation/selectors';

const PASSAGE =
  "Les processus consultatifs régionaux sur la migration (PCR) réunissent des représentants d'États, " +
  "d'organisations internationales et, dans certains cas, d'organisations non gouvernementales.";

describe('selectorsFor', () => {
  it('quotes the selection with 32 characters of context each side and its position', () => {
    const start = PASSAGE.indexOf('(PCR)');
    const { quote, position } = selectorsFor(PASSAGE, start, start + 5);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '(PCR)',
      prefix: PASSAGE.slice(start - 32, start),
      suffix: PASSAGE.slice(start + 5, start + 5 + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 5 });
  });

  it('keeps shorter context at the edges of the passage', () => {
    const { quote } = selectorsFor('Bonjour le monde', 0, 7);
    expect(quote).toMatchObject({ exact: 'Bonjour', prefix: '', suffix: ' le monde' });
    expect(selectorsFor('Bonjour le monde', 11, 16).quote).toMatchObject({ prefix: 'Bonjour le ', suffix: '' });
  });

  it('puts a backward selection in order', () => {
    expect(selectorsFor('Bonjour le monde', 7, 0)).toEqual(selectorsFor('Bonjour le monde', 0, 7));
  });

  it('clamps offsets outside the text, fractional and NaN offsets', () => {
    expect(selectorsFor('abc', -5, 99).position).toMatchObject({ start: 0, end: 3 });
    expect(selectorsFor('abc', 1.7, Infinity).position).toMatchObject({ start: 1, end: 3 });
    expect(selectorsFor('abc', Number.NaN, 2).position).toMatchObject({ start: 0, end: 2 });
    expect(selectorsFor('', 0, 10)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
    });
  });

  it('never splits a surrogate pair: offsets inside one move outward', () => {
    const text = 'Voir 🌍 et 𝐏𝐂𝐑';
    const globe = text.indexOf('🌍');
    const inside = selectorsFor(text, globe + 1, globe + 1);
    expect(inside.quote.exact).toBe('🌍');
    expect(inside.position).toMatchObject({ start: globe, end: globe + 2 });
    const bold = text.indexOf('𝐏');
    expect(selectorsFor(text, bold + 1, bold + 3).quote.exact).toBe('𝐏𝐂');
  });

  it('counts context in code points, never leaving half a character at its edge', () => {
    const emoji = '🙂'.repeat(40);
    const text = `${emoji}X${emoji}`;
    const { quote } = selectorsFor(text, 80, 81);
    expect(quote.exact).toBe('X');
    expect(quote.prefix).toBe('🙂'.repeat(32));
    expect(quote.suffix).toBe('🙂'.repeat(32));
    expect(quote.prefix.length).toBe(64);
  });

  it('builds selectors the anchor schemas accept', () => {
    const { quote, position } = selectorsFor(`${'🙂'.repeat(50)} mot ${'🙂'.repeat(50)}`, 101, 104);
    expect(TextQuoteSelectorSchema.safeParse(quote).success).toBe(true);
    expect(TextPositionSelectorSchema.safeParse(position).success).toBe(true);
  });
});
