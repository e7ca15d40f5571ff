import type { ContactPoint } from '@shared/document/schema';
import { findContacts } from '@shared/parser/contacts';
import type { TextRange } from '@shared/text/ranges';

/** An e-mail address, phone number or web address in a passage. */
export type ContactRange = TextRange<'contact', ContactPoint>;

/**
 * Texts already searched for contact points, with what was found: every render of a passage
 * would otherwise run the contact patterns over its text again (the costliest part of drawing
 * a long document, measured). Bounded: emptied when it holds more texts than a document has.
 */
const found = new Map<string, readonly ContactRange[]>();
const MAX_CACHED_TEXTS = 4_000;

/** The contact points of a text as ranges: rendered as links or with a copy button. */
export function contactRanges(text: string): ContactRange[] {
  let ranges = found.get(text);
  if (!ranges) {
    ranges = findContacts(text).map(({ start, end, type, value }) => ({
      layer: 'contact' as const,
      start,
      end,
      data: { type, value },
    }));
    if (found.size >= MAX_CACHED_TEXTS) found.clear();
    found.set(text, ranges);
  }
  return [...ranges];
}
