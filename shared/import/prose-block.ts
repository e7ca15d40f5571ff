import type { DraftBlock } from '../parser/blocks';
import { findContacts } from '../parser/contacts';
import { FOOTNOTE_LINE, footnoteMarkersIn } from '../parser/footnotes';
import { findSpeaker, isQuotation } from '../parser/quotes';

// The page parser's threshold: a long paragraph that cites a web address stays prose.
const MAX_CONTACT_LENGTH = 300;

/**
 * What one paragraph of an imported file is, read as the page parser reads a prose line
 * (shared/parser/blocks.ts keeps its own copy private): a footnote, a quotation, a contact
 * line (an e-mail or phone number, or a short line with a web address) or a paragraph.
 */
export function proseBlock(text: string, line: number): DraftBlock {
  const footnote = FOOTNOTE_LINE.exec(text);
  if (footnote) return { kind: 'footnote', marker: footnote[1] ?? '*', text: footnote[2] ?? '', line };
  if (isQuotation(text)) return { kind: 'quote', text, line, speaker: findSpeaker(text) };
  const contacts = findContacts(text);
  const isContact =
    contacts.some((contact) => contact.type !== 'url') || (contacts.length > 0 && text.length <= MAX_CONTACT_LENGTH);
  if (isContact) return { kind: 'contact', text, line, contacts: contacts.map(({ type, value }) => ({ type, value })) };
  return { kind: 'paragraph', text, line, footnoteMarkers: footnoteMarkersIn(text) };
}
