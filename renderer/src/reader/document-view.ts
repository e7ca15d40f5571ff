import { documentPath } from '../common/document-path';
import { passagesOf, type WalkableDocument } from '@shared/document/passages';
import type { BilingualText, Dateline, EnglishText } from '@shared/document/schema';
import type { Language } from '@shared/document/vocabulary';
import type { BlockRow, DocumentRow } from '../db/schema';
import { buildOutline, type OutlineEntry } from './outline';
import { provenanceShare, type ProvenanceShare } from '@shared/english-edition/provenance';

/** Documents with this many sections or more get a table of contents. */
const TOC_MIN_HEADINGS = 3;

/** Everything the reader shows of one document, assembled once from its stored rows. */
export interface DocumentView {
  document: DocumentRow;
  rows: readonly BlockRow[];
  /** The stored rows as one document to walk (`passagesOf`), its English joined to its blocks. */
  walkable: WalkableDocument;
  /** The route the document lives at (`/read/id`, or `/about`): passage links hang off it. */
  linkBase: string;
  /** The language the source was written in: what every other language falls back to. */
  originalLanguage: Language;
  /** The sections, titled in the leading language; empty when the document is too short for one. */
  outline: OutlineEntry[];
  /** Each footnote marker of the document and the address of its footnote. */
  footnoteHrefs: ReadonlyMap<string, string>;
  /** Our editorial notes, by the block or list item they concern. */
  editorialNotes: ReadonlyMap<string, BilingualText>;
  /** The block or list item where the source stops mid-sentence. */
  truncatedAt: string | null;
  /** The first block, when it is the paragraph the dateline opens. */
  firstParagraphId: string | null;
  /** The dateline in each language that has one. */
  datelines: Partial<Record<Language, Pick<Dateline, 'place' | 'dateText'>>>;
  /** How much of the English is IOM's published text; null when there is no English. */
  englishProvenance: ProvenanceShare | null;
}

/** Assembles a document's view from its rows, for a reader whose leading language is given. Pure. */
export function buildDocumentView(document: DocumentRow, rows: readonly BlockRow[], leading: Language): DocumentView {
  const linkBase = documentPath(document);
  const originalLanguage = document.language ?? 'fr';
  const english: Record<string, EnglishText> = Object.assign({}, ...rows.map((row) => row.english));
  const levels = new Map(rows.flatMap(({ block }) => (block.kind === 'heading' ? [[block.id, block.level]] : [])));
  const walkable = { blocks: rows.map((row) => row.block), english: { blocks: english }, language: originalLanguage };
  const headings = passagesOf(walkable, leading)
    .filter((passage) => passage.kind === 'heading')
    .map((passage) => ({ id: passage.id, text: passage.text, level: levels.get(passage.id) ?? 2 }));
  const first = rows[0]?.block;
  return {
    document,
    rows,
    walkable,
    linkBase,
    originalLanguage,
    outline: document.headingCount >= TOC_MIN_HEADINGS ? buildOutline(headings) : [],
    footnoteHrefs: new Map(
      rows.flatMap(({ block }) =>
        block.kind === 'footnote' ? [[block.marker, `#${linkBase}/${block.id}`] as const] : [],
      ),
    ),
    editorialNotes: new Map(document.editorialNotes.map((note) => [note.blockId, note.text])),
    truncatedAt: document.truncation ? (document.truncation.itemId ?? document.truncation.blockId) : null,
    firstParagraphId: first?.kind === 'paragraph' ? first.id : null,
    datelines: {
      ...(document.dateline ? { [originalLanguage]: document.dateline } : {}),
      ...(document.english?.dateline ? { en: document.english.dateline } : {}),
    },
    englishProvenance: document.english ? provenanceShare(Object.values(english)) : null,
  };
}
