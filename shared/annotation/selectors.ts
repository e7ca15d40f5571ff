import { QUOTE_CONTEXT_CODE_POINTS } from './anchor-limits';
import type { TextPositionSelector, TextQuoteSelector } from './anchor';

/**
 * Both selectors for a selection in a passage's text, from the selection's offsets (UTF-16
 * code units, as DOM ranges give them). Offsets are clamped to the text and put in order; an
 * offset inside a surrogate pair is moved outward so the quote holds whole characters; the
 * context is up to 32 code points each side. Pure.
 */
export function selectorsFor(
  passageText: string,
  selectionStart: number,
  selectionEnd: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const first = clamp(selectionStart, passageText.length);
  const second = clamp(selectionEnd, passageText.length);
  const [from, to] = first <= second ? [first, second] : [second, first];
  const start = splitsSurrogatePair(passageText, from) ? from - 1 : from;
  const end = splitsSurrogatePair(passageText, to) ? to + 1 : to;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: passageText.slice(start, end),
      prefix: Array.from(passageText.slice(0, start)).slice(-QUOTE_CONTEXT_CODE_POINTS).join(''),
      suffix: Array.from(passageText.slice(end)).slice(0, QUOTE_CONTEXT_CODE_POINTS).join(''),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** A whole offset within `0..length`; NaN counts as 0. */
function clamp(offset: number, length: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.min(Math.max(Math.floor(offset), 0), length);
}

/** Whether `offset` falls between the two halves of one character. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
