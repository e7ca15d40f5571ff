import type { Block, BlockKind, EnglishEdition, EnglishText } from './schema';
import type { Language } from './vocabulary';

/**
 * The one walk over a document's readable units. A passage is what a person reads, links to,
 * finds, cites or annotates as one piece: a heading, a paragraph, a quotation, a footnote, a
 * contact line, one item of a list or one field of a field list (a list itself is only their
 * container, a separator has no text). Search indexing, glossary occurrences, the English edition's join and checks,
 * excerpts, note anchoring and citations all walk documents through here.
 */

/** A field of a field list is an item too: like a list item, it is a passage within a block. */
export type PassageKind = Exclude<BlockKind, 'list' | 'separator' | 'fields'> | 'item';

/** A passage as the source gives it, in the document's original language. */
export interface SourcePassage {
  /** The passage's own id: the block's, or the list item's. */
  id: string;
  /** The block it belongs to: itself, or the list that holds the item. */
  blockId: string;
  kind: PassageKind;
  text: string;
}

/** What carries text, whether a finished block or one the parser is still building (no ids yet). */
export type TextBearing =
  | { kind: 'separator' }
  | { kind: 'list'; items: ReadonlyArray<{ text: string }> }
  | { kind: 'fields'; items: ReadonlyArray<{ label: string; value: string }> }
  | { kind: PassageKind; text: string };

/**
 * A field's text as one passage: its label and value, so that a search for either finds it
 * and a note can quote both. The colon is written the same in both languages so that the
 * text (and the ids and fingerprints made from it) does not depend on the page's language.
 */
export const fieldText = (field: { label: string; value: string }): string => `${field.label}: ${field.value}`;

/** The texts a block carries, in order: its own, or each of its items'; none for a separator. */
export function blockTexts(block: TextBearing): string[] {
  if (block.kind === 'separator') return [];
  if (block.kind === 'list') return block.items.map((item) => item.text);
  if (block.kind === 'fields') return block.items.map(fieldText);
  return [block.text];
}

/** The passages of one block, in order, as the source gives them. */
export function blockPassages(block: Block): SourcePassage[] {
  switch (block.kind) {
    case 'separator':
      return [];
    case 'list':
      return block.items.map((item) => ({ id: item.id, blockId: block.id, kind: 'item', text: item.text }));
    case 'fields':
      return block.items.map((item) => ({ id: item.id, blockId: block.id, kind: 'item', text: fieldText(item) }));
    default:
      return [{ id: block.id, blockId: block.id, kind: block.kind, text: block.text }];
  }
}

/** A passage's text in the language asked for, and where it comes from. */
export interface PassageText {
  text: string;
  /** The language the text is in: the one asked for, or the original's where there is no translation. */
  language: Language;
  /** The language asked for has no text for this passage: the original stands in. */
  untranslated: boolean;
  /** The translation was written for an earlier version of the original and needs revising. */
  stale: boolean;
  /** The English edition's entry, when the text is it (a quotation's speaker as the English names them). */
  english: EnglishText | undefined;
}

/**
 * One passage in a language: the original where that is its language, our English where it
 * is asked for and exists, else the original again, marked untranslated. The reader, the
 * library's excerpts and every other view fall back the same way, through here.
 */
export function passageText(
  passage: Pick<SourcePassage, 'id' | 'text'>,
  english: Readonly<Record<string, EnglishText>> | undefined,
  language: Language,
  originalLanguage: Language,
): PassageText {
  const original = { text: passage.text, language: originalLanguage, stale: false, english: undefined };
  if (language === originalLanguage) return { ...original, untranslated: false };
  const translation = language === 'en' ? english?.[passage.id] : undefined;
  if (!translation) return { ...original, untranslated: true };
  return {
    text: translation.text,
    language: 'en',
    untranslated: false,
    stale: translation.stale,
    english: translation,
  };
}

/** A passage of a document, in reading order, with its text in the language asked for. */
export interface Passage extends Omit<SourcePassage, 'text'>, PassageText {
  /** Position in the document's reading order, from 0. */
  order: number;
}

/** What the walk needs of a document: whichever model it comes from. */
export interface WalkableDocument {
  blocks: readonly Block[];
  /** The original's language; unknown means French, the language of every bundled page. */
  language?: Language | null;
  english?: Pick<EnglishEdition, 'blocks'> | null;
}

/** Every passage of a document, in reading order, in a language (falling back as the reader does). */
export function passagesOf(document: WalkableDocument, language: Language): Passage[] {
  const originalLanguage = document.language ?? 'fr';
  return document.blocks.flatMap(blockPassages).map(({ text, ...passage }, order) => ({
    ...passage,
    order,
    ...passageText({ id: passage.id, text }, document.english?.blocks, language, originalLanguage),
  }));
}
