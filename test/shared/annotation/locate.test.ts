import { describe, expect, it } from 'vitest';
import { locateQuote, notePassageId } from '@shared/annotation/locate';

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('locateQuote', () => {
  const text = 'Les PCR réunissent des États. Les PCR sont informels.';

  it('keeps the recorded position while the quote is still there', () => {
    expect(locateQuote(text, { quote: quote('PCR'), position: position(34, 37) })).toEqual({ start: 34, end: 37 });
  });

  it('takes the occurrence nearest the old position when the text moved', () => {
    expect(locateQuote(`« ${text}`, { quote: quote('PCR'), position: position(34, 37) })).toEqual({
      start: 36,
      end: 39,
    });
    expect(locateQuote(text, { quote: quote('PCR'), position: null })).toEqual({ start: 4, end: 7 });
  });

  it('draws nothing for a whole-passage note or a quote no longer there', () => {
    expect(locateQuote(text, { quote: quote(''), position: null })).toBeNull();
    expect(locateQuote(text, { quote: quote('OIM'), position: position(0, 3) })).toBeNull();
  });
});

describe('notePassageId', () => {
  it('is the list item, else the block, else nothing for a whole document', () => {
    const target = { docId: 'd', blockId: 'l-1', itemId: 'i-2', language: 'fr' as const };
    expect(notePassageId({ target })).toBe('i-2');
    expect(notePassageId({ target: { ...target, itemId: null } })).toBe('l-1');
    expect(notePassageId({ target: { ...target, blockId: null, itemId: null } })).toBeNull();
  });
});
