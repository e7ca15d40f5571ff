import type { ContactPoint, Speaker } from '../document/schema';
import { foldText } from '../text/fold';
import { findContacts } from './contacts';
import { FOOTNOTE_LINE, footnoteMarkersIn } from './footnotes';
import type { LineToken } from './lines';
import { wordCount } from './punctuation';
import { findSpeaker, isQuotation } from './quotes';

/** A block before it has an id: what the source says, where it says it. */
export type DraftBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; line: number; origin: HeadingOrigin }
  | { kind: 'paragraph'; text: string; line: number; footnoteMarkers: string[] }
  | { kind: 'list'; items: Array<{ text: string; line: number }>; line: number; introducedBy: number | null }
  | { kind: 'quote'; text: string; line: number; speaker: Speaker | null }
  | { kind: 'footnote'; marker: string; text: string; line: number }
  | { kind: 'separator'; line: number }
  | { kind: 'contact'; text: string; line: number; contacts: ContactPoint[] }
  | { kind: 'fields'; items: Array<{ label: string; value: string; line: number }>; line: number };

/**
 * How a heading shows in the export: an accordion title (`- Label` then a lone `-`), a list
 * line that leads a paragraph, or a short line without final punctuation.
 */
type HeadingOrigin = 'accordion' | 'lead-item' | 'short-line';

const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;
// A contact paragraph is short; a long paragraph that cites a web address stays prose.
const MAX_CONTACT_LENGTH = 300;

function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;:!?…]$/u.test(text) &&
    findContacts(text).length === 0
  );
}

// Scans forward without copying the rest of the page: a page of thousands of lines stays linear.
function nextToken(tokens: readonly LineToken[], index: number): LineToken | undefined {
  for (let next = index + 1; next < tokens.length; next += 1) {
    if (tokens[next]?.type !== 'blank') return tokens[next];
  }
  return undefined;
}

/** Turns classified, re-flowed lines into blocks. */
export function buildDraftBlocks(tokens: readonly LineToken[]): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  let sectionLevel = 1;
  let previous: LineToken | undefined;

  tokens.forEach((token, index) => {
    const next = nextToken(tokens, index);
    const after = previous;
    previous = token;
    switch (token.type) {
      case 'blank':
      case 'dash':
        return;
      case 'separator':
        drafts.push({ kind: 'separator', line: token.line });
        return;
      case 'item': {
        if (next?.type === 'dash') {
          drafts.push({ kind: 'heading', level: 2, text: token.text, line: token.line, origin: 'accordion' });
          sectionLevel = 2;
          return;
        }
        if (next?.type === 'text' && isHeadingLike(token.text) && !isHeadingLike(next.text)) {
          drafts.push({
            kind: 'heading',
            level: headingLevel(sectionLevel),
            text: token.text,
            line: token.line,
            origin: 'lead-item',
          });
          return;
        }
        const last = drafts.at(-1);
        if (last?.kind === 'list' && after?.type === 'item') {
          last.items.push({ text: token.text, line: token.line });
        } else {
          drafts.push({
            kind: 'list',
            items: [{ text: token.text, line: token.line }],
            line: token.line,
            introducedBy: introducer(drafts),
          });
        }
        return;
      }
      case 'field': {
        const field = { label: token.label, value: token.value, line: token.line };
        const last = drafts.at(-1);
        if (last?.kind === 'fields' && after?.type === 'field') last.items.push(field);
        else drafts.push({ kind: 'fields', items: [field], line: token.line });
        return;
      }
      case 'text':
        if (next !== undefined && isHeadingLike(token.text)) {
          drafts.push({
            kind: 'heading',
            level: headingLevel(sectionLevel),
            text: token.text,
            line: token.line,
            origin: 'short-line',
          });
          return;
        }
        drafts.push(proseBlock(token.text, token.line));
        return;
    }
  });
  return groupRepeatedHeadings(drafts);
}

const headingLevel = (sectionLevel: number): 2 | 3 | 4 => Math.min(sectionLevel + 1, 4) as 2 | 3 | 4;

/** The index of the heading or lead-in paragraph ("…the following:") just before a new list. */
function introducer(drafts: readonly DraftBlock[]): number | null {
  const last = drafts.at(-1);
  if (last?.kind === 'heading' || (last?.kind === 'paragraph' && last.text.endsWith(':'))) return drafts.length - 1;
  return null;
}

function proseBlock(text: string, line: number): DraftBlock {
  const footnote = FOOTNOTE_LINE.exec(text);
  if (footnote) return { kind: 'footnote', marker: footnote[1] ?? '*', text: footnote[2] ?? '', line };
  if (isQuotation(text)) return { kind: 'quote', text, line, speaker: findSpeaker(text) };
  const contacts = findContacts(text);
  const isContact =
    contacts.some((contact) => contact.type !== 'url') || (contacts.length > 0 && text.length <= MAX_CONTACT_LENGTH);
  if (isContact) return { kind: 'contact', text, line, contacts: contacts.map(({ type, value }) => ({ type, value })) };
  return { kind: 'paragraph', text, line, footnoteMarkers: footnoteMarkersIn(text) };
}

/**
 * Short-line headings that start a second round of names already used in their section
 * ("PCR inactifs" followed by "Afrique", "Amériques"… again) are group headings: the names
 * after them become their sub-headings, one level down.
 */
function groupRepeatedHeadings(drafts: DraftBlock[]): DraftBlock[] {
  let seen = new Set<string>();
  let groupLevel: number | null = null;
  drafts.forEach((draft, index) => {
    if (draft.kind !== 'heading') return;
    if (draft.origin !== 'short-line') {
      seen = new Set();
      groupLevel = null;
      return;
    }
    const key = foldText(draft.text);
    const next = drafts[index + 1];
    const startsGroup =
      !seen.has(key) && next?.kind === 'heading' && next.origin === 'short-line' && seen.has(foldText(next.text));
    seen.add(key);
    if (startsGroup) {
      groupLevel = draft.level;
    } else if (groupLevel !== null && draft.level === groupLevel) {
      draft.level = headingLevel(groupLevel);
    }
  });
  return drafts;
}
