import search from 'approx-string-match';
import { passagesOf, type Passage, type WalkableDocument } from '../document/passages';
import type { Language } from '../document/vocabulary';
import type { AnnotationAnchor, TextQuoteSelector } from './anchor';
import { selectorsFor } from './selectors';

/**
 * Finding a note's words again in a new version of the dataset, as the Hypothesis client
 * re-anchors quotes: the same passage with the same words keeps the note where it was; else
 * the words are looked for in the whole document, exactly, then approximately (with
 * approx-string-match, Myers' bit-parallel algorithm), each candidate scored on how close the
 * words are, how well the context around them matches, and how near it is to where the note
 * was. A note that cannot be placed with confidence is detached: kept with its quote, never
 * deleted. Pure: the CLI, the tests and the app's ingest run this same code.
 */

export type ReanchorOutcome =
  | { status: 'unchanged'; anchor: AnnotationAnchor }
  | { status: 'moved'; anchor: AnnotationAnchor }
  | { status: 'detached'; reason: 'document-removed' | 'passage-removed' | 'quote-not-found' };

/** What re-anchoring reads of a document in the new dataset: its passages in each language. */
export interface ReanchorDocument {
  passages: Record<Language, readonly Passage[]>;
}

/** A document as re-anchoring reads it, from any model the passages walk reads. */
export const reanchorDocument = (document: WalkableDocument): ReanchorDocument => ({
  passages: { fr: passagesOf(document, 'fr'), en: passagesOf(document, 'en') },
});

/** How close a candidate must be to count: at least this share of the quote unchanged. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Weights of a candidate's score, as the Hypothesis client weighs them. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const ORDER_WEIGHT = 2;

interface Candidate {
  passage: Passage;
  start: number;
  end: number;
  errors: number;
  score: number;
  /** How well the words around it match the note's context, from 0 to 1. */
  context: number;
}

/**
 * Below this, words found in another passage are someone else's words: a short quote
 * ("États membres") recurs across a page, and only its context tells the places apart.
 */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/** A quote this long, found exactly, is its own context. */
const SELF_EVIDENT_QUOTE_LENGTH = 40;

/** How alike two strings are, from 0 to 1, by the edits between them (approx-string-match's count). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const [best] = search(actual, expected, expected.length).sort((a, b) => a.errors - b.errors);
  return best ? 1 - best.errors / expected.length : 0;
}

function score(
  quote: TextQuoteSelector,
  passage: Passage,
  start: number,
  end: number,
  errors: number,
  order: number,
): { score: number; context: number } {
  const quoteScore = 1 - errors / Math.max(quote.exact.length, 1);
  const prefix = passage.text.slice(Math.max(0, start - quote.prefix.length), start);
  const suffix = passage.text.slice(end, end + quote.suffix.length);
  const prefixScore = quote.prefix ? similarity(quote.prefix, prefix) : 1;
  const suffixScore = quote.suffix ? similarity(quote.suffix, suffix) : 1;
  // Passages near where the note was are likelier (a paragraph moved a little, not across the page).
  const orderScore = 1 - Math.min(Math.abs(passage.order - order), 50) / 50;
  return {
    score:
      QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + ORDER_WEIGHT * orderScore,
    context: (prefixScore + suffixScore) / 2,
  };
}

/**
 * The words' candidates in one passage: every exact occurrence; the closest approximate ones;
 * and, where the words and their context are found together (approximately), the words
 * there. The last finds "Etats-membres" where the context says the note was, even when
 * "États membres" is written exactly elsewhere in the passage.
 */
function candidatesIn(passage: Passage, quote: TextQuoteSelector, order: number): Candidate[] {
  const candidate = (start: number, end: number, errors: number): Candidate => ({
    passage,
    start,
    end,
    errors,
    ...score(quote, passage, start, end, errors, order),
  });
  const found: Candidate[] = [];
  for (let at = passage.text.indexOf(quote.exact); at >= 0; at = passage.text.indexOf(quote.exact, at + 1)) {
    found.push(candidate(at, at + quote.exact.length, 0));
  }
  const maxErrors = Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return found;
  if (found.length === 0) {
    for (const match of search(passage.text, quote.exact, maxErrors))
      found.push(candidate(match.start, match.end, match.errors));
  }
  if (quote.prefix || quote.suffix) {
    const withContext = `${quote.prefix}${quote.exact}${quote.suffix}`;
    const contextErrors = Math.floor(withContext.length * (1 - MIN_QUOTE_SIMILARITY));
    for (const region of search(passage.text, withContext, contextErrors)) {
      const [inner] = search(passage.text.slice(region.start, region.end), quote.exact, maxErrors).sort(
        (a, b) => a.errors - b.errors,
      );
      if (inner) found.push(candidate(region.start + inner.start, region.start + inner.end, inner.errors));
    }
  }
  return found;
}

/** The note's anchor on words at `start..end` of a passage, with their context there. */
function anchorAt(anchor: AnnotationAnchor, passage: Passage, start: number, end: number): AnnotationAnchor {
  return {
    target: { ...anchor.target, blockId: passage.blockId, itemId: passage.id === passage.blockId ? null : passage.id },
    ...selectorsFor(passage.text, start, end),
  };
}

/**
 * Where a note goes in a document's new version (`null`: the document is gone). Its words
 * are looked for in the text of the language it was made in.
 */
export function reanchor(anchor: AnnotationAnchor, document: ReanchorDocument | null): ReanchorOutcome {
  if (!document) return { status: 'detached', reason: 'document-removed' };
  // A note on the whole document stays with it.
  if (anchor.target.blockId === null) return { status: 'unchanged', anchor };
  const passages = document.passages[anchor.target.language];
  const passageId = anchor.target.itemId ?? anchor.target.blockId;
  const same = passages.find((passage) => passage.id === passageId);
  const { exact } = anchor.quote;
  if (same) {
    if (exact === '') return { status: 'unchanged', anchor };
    const position = anchor.position;
    if (position && same.text.slice(position.start, position.end) === exact) return { status: 'unchanged', anchor };
    const at = same.text.indexOf(exact);
    // The same passage still says the same words: the note stays, at their new offsets.
    if (at >= 0) return { status: 'unchanged', anchor: anchorAt(anchor, same, at, at + exact.length) };
  }
  // A note on a whole passage whose text changed has no words to look for.
  if (exact === '') return { status: 'detached', reason: 'passage-removed' };
  const order = same?.order ?? orderHint(passages, anchor);
  const candidates = passages.flatMap((passage) => candidatesIn(passage, anchor.quote, order));
  const best = candidates.sort((a, b) => b.score - a.score || a.errors - b.errors)[0];
  const selfEvident = best?.errors === 0 && exact.length >= SELF_EVIDENT_QUOTE_LENGTH;
  if (
    !best ||
    1 - best.errors / exact.length < MIN_QUOTE_SIMILARITY ||
    (best.context < MIN_CONTEXT_SIMILARITY && !selfEvident)
  ) {
    return { status: 'detached', reason: 'quote-not-found' };
  }
  return { status: 'moved', anchor: anchorAt(anchor, best.passage, best.start, best.end) };
}

/**
 * Where in the document a note whose passage is gone used to be: a passage of the same block
 * (another item of its list), else the middle (no preference).
 */
function orderHint(passages: readonly Passage[], anchor: AnnotationAnchor): number {
  const sameBlock = passages.find((passage) => passage.blockId === anchor.target.blockId);
  return sameBlock?.order ?? Math.floor(passages.length / 2);
}

/** What a note needs for re-anchoring: its id, its anchor, its state. */
export interface ReanchorableNote extends AnnotationAnchor {
  id: string;
  anchorState: 'anchored' | 'detached';
}

/** One note's fate in a new dataset, and its row as it becomes. */
export interface NoteReanchoring<Note extends ReanchorableNote> {
  note: Note;
  outcome: ReanchorOutcome;
  /** The row to write: `null` when nothing changes. */
  updated: Note | null;
}

/**
 * Every note against a new dataset (`documentOf` gives a document's new version, or null when
 * it is gone). A note already detached is tried again: its words may be back. Pure.
 */
export function reanchorNotes<Note extends ReanchorableNote>(
  notes: readonly Note[],
  documentOf: (docId: string) => ReanchorDocument | null,
): Array<NoteReanchoring<Note>> {
  const documents = new Map<string, ReanchorDocument | null>();
  const lookup = (docId: string): ReanchorDocument | null => {
    if (!documents.has(docId)) documents.set(docId, documentOf(docId));
    return documents.get(docId) ?? null;
  };
  return notes.map((note) => {
    const outcome = reanchor(note, lookup(note.target.docId));
    if (outcome.status === 'detached') {
      return { note, outcome, updated: note.anchorState === 'detached' ? null : { ...note, anchorState: 'detached' } };
    }
    const { target, quote, position } = outcome.anchor;
    const same =
      note.anchorState === 'anchored' &&
      JSON.stringify([note.target, note.quote, note.position]) === JSON.stringify([target, quote, position]);
    return { note, outcome, updated: same ? null : { ...note, target, quote, position, anchorState: 'anchored' } };
  });
}
