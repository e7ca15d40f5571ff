import type { GlossaryEntry } from '../dataset/glossary';
import { passagesOf, type PassageKind } from '../document/passages';
import type { Block, ReadableDocument } from '../document/schema';
import type { DocumentKind, Language } from '../document/vocabulary';

/**
 * What search indexes: one entry per passage of a document (heading, paragraph, quotation,
 * footnote, contact line, list item — list items apart, so a hit lands on the item), one
 * for each document's title, one per glossary entry. Every entry carries its text in both
 * languages where we have it, so a query in either language finds it.
 */
export type SearchEntryKind = PassageKind | 'title' | 'glossary' | 'note';
export type SearchEntrySource = 'document' | 'glossary' | 'note';

/** What glossary entries have for a document id: no document's id can start with `#`. */
export const GLOSSARY_GROUP = '#glossary';
/** The group a person's own notes are shown in ("Your notes"). */
export const NOTES_GROUP = '#notes';

export interface SearchEntry {
  /** `docId#passageId`, `docId#title` or `#glossary#entryId`: unique across the index. */
  id: string;
  /** The document the entry belongs to; `GLOSSARY_GROUP` for every glossary entry. */
  docId: string;
  source: SearchEntrySource;
  kind: SearchEntryKind;
  /** The passage's own id (a list item's id for an item), the glossary entry's id, or null for a title. */
  passageId: string | null;
  /** The block that holds the passage (the list, for an item), null for a title or glossary entry. */
  blockId: string | null;
  /** Reading order within the document (a title comes first, at -1). */
  order: number;
  docKind: DocumentKind | null;
  year: number | null;
  /** The headings the passage stands under, outermost first, by fingerprint (see `sectionKey`). */
  sections: string[];
  text: Record<Language, string | null>;
  /** For a person's note: the note and the document it is on (its `docId` is its own, so it comes and goes alone). */
  note?: { id: string; docId: string };
}

/** The document fields search needs. */
export type SearchableDocument = Pick<
  ReadableDocument,
  'id' | 'kind' | 'date' | 'place' | 'title' | 'language' | 'blocks' | 'english'
>;

/**
 * A heading's fingerprint without its repeat counter: a page that repeats a heading (the RCP
 * page's "Afrique" under active, emerging and inactive processes) gives the repeats ids
 * `h-96c44291`, `h-96c44291-2`… that share it, so one section filter covers them all.
 */
export const sectionKey = (headingId: string): string => /^[a-z]-[0-9a-f]{8}/.exec(headingId)?.[0] ?? headingId;

/** The section keys each block stands under, by block id, headings included under themselves. */
function sectionsByBlock(blocks: readonly Block[]): Map<string, string[]> {
  const open: Array<{ level: number; key: string }> = [];
  const sections = new Map<string, string[]>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (open.length > 0 && open[open.length - 1]!.level >= block.level) open.pop();
      open.push({ level: block.level, key: sectionKey(block.id) });
    }
    sections.set(
      block.id,
      open.map((heading) => heading.key),
    );
  }
  return sections;
}

const withPlace = (title: string | null, place: string | undefined): string | null =>
  title === null ? null : place ? `${title} · ${place}` : title;

/** The year a document is dated, for the year filter. */
export const yearOf = (document: Pick<SearchableDocument, 'date'>): number | null =>
  document.date ? Number(document.date.iso.slice(0, 4)) : null;

/** The entries of one document: its title, then each passage, in reading order. */
export function documentEntries(document: SearchableDocument): SearchEntry[] {
  const common = { docId: document.id, source: 'document', docKind: document.kind, year: yearOf(document) } as const;
  const french = passagesOf(document, 'fr');
  const english = passagesOf(document, 'en');
  const sections = sectionsByBlock(document.blocks);
  const original = document.language ?? 'fr';
  const title: SearchEntry = {
    ...common,
    id: `${document.id}#title`,
    kind: 'title',
    passageId: null,
    blockId: null,
    order: -1,
    sections: [],
    // The place belongs with the title: a dateline city (`Banjul`) is found there.
    text: {
      fr: withPlace(original === 'fr' ? document.title.text : null, document.place?.fr),
      en: withPlace(
        original === 'en' ? document.title.text : (document.english?.title?.text ?? null),
        document.place?.en,
      ),
    },
  };
  const passages = french.map((passage, index): SearchEntry => {
    const translation = english[index]!;
    return {
      ...common,
      id: `${document.id}#${passage.id}`,
      kind: passage.kind,
      passageId: passage.id,
      blockId: passage.blockId,
      order: passage.order,
      sections: sections.get(passage.blockId) ?? [],
      // A language with no text of its own (the other one standing in) is not indexed twice.
      text: {
        fr: passage.untranslated ? null : passage.text,
        en: translation.untranslated ? null : translation.text,
      },
    };
  });
  return [title, ...passages];
}

/** The entry of one glossary entry: its terms, expansion and definition, in each language. */
export function glossaryEntry(entry: GlossaryEntry): SearchEntry {
  const textIn = (language: Language): string =>
    [...new Set([...entry.terms[language], entry.expansion[language]])].concat(entry.definition[language]).join(' · ');
  return {
    id: `${GLOSSARY_GROUP}#${entry.id}`,
    docId: GLOSSARY_GROUP,
    source: 'glossary',
    kind: 'glossary',
    passageId: entry.id,
    blockId: null,
    order: 0,
    docKind: null,
    year: null,
    sections: [],
    text: { fr: textIn('fr'), en: textIn('en') },
  };
}

/** What of a note search reads: what the person wrote, the words it quotes, its tags. */
export interface SearchableNote {
  id: string;
  target: { docId: string; blockId: string | null; itemId: string | null };
  quote: { exact: string };
  body: string;
  tags: readonly string[];
}

/** The index's own id for a note's entry, which is also its `docId`: one note, one entry. */
export const noteEntryId = (noteId: string): string => `${NOTES_GROUP}#${noteId}`;

/**
 * The entry of a note a person wrote (a bare highlight, with nothing written and no tag, is
 * the document's own text and is found as such). A note may be in either language, so its
 * text is analysed as both; `null` for a note with nothing of its own.
 */
export function noteEntry(note: SearchableNote): SearchEntry | null {
  if (note.body.trim() === '' && note.tags.length === 0) return null;
  const text = [note.body, note.tags.join(' '), note.quote.exact].filter(Boolean).join(' · ');
  return {
    id: noteEntryId(note.id),
    docId: noteEntryId(note.id),
    source: 'note',
    kind: 'note',
    passageId: note.target.itemId ?? note.target.blockId,
    blockId: note.target.blockId,
    order: 0,
    docKind: null,
    year: null,
    sections: [],
    text: { fr: text, en: text },
    note: { id: note.id, docId: note.target.docId },
  };
}
