import type { ContactPoint } from '@shared/document/schema';
import { findContacts } from '@shared/parser/contacts';
import type { TextRange } from '@shared/text/ranges';

/** An e-mail address, phone number or web address in a passage. */
export type ContactRange = TextRange<'contact', ContactPoint>;

/** The contact points of a text as ranges: rendered as links or with a copy button. */
export function contactRanges(text: string): ContactRange[] {
  return findContacts(text).map(({ start, end, type, value }) => ({
    layer: 'contact',
    start,
    end,
    data: { type, value },
  }));
}
