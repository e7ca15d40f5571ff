import type { BookmarkRow, NoteRow } from './user-rows';

/**
 * A person's notes and bookmarks as Markdown to read, print or send: grouped by document, each
 * note with the words it quotes, what the person wrote, its tags, and its place (section and a
 * link to the passage in the app). The words are the caller's, in the interface language. Pure.
 */

/** What the export knows of a document. */
export interface MarkdownDocument {
  title: string;
  /** The heading a passage stands under, if any. */
  sectionOf(blockId: string): string | null;
  /** A passage's text, for a bookmark on it. */
  passageText(blockId: string, itemId: string | null): string | null;
  /** The app's link to the document, or to one of its passages. */
  link(passageId: string | null): string;
}

export interface MarkdownLabels {
  title: string;
  exportedOn: string;
  bookmarks: string;
  notes: string;
  tags: string;
  wholeDocument: string;
  detached: string;
  removedDocument: string;
  open: string;
}

/** Text on one Markdown line, with what would start markup there made literal. */
function inline(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/([\\`*_[\]<>#|])/gu, '\\$1')
    .trim();
}

const quoteBlock = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${inline(line)}`)
    .join('\n');

const excerpt = (text: string, length = 160): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function notesMarkdown(
  data: { notes: readonly NoteRow[]; bookmarks: readonly BookmarkRow[] },
  documents: ReadonlyMap<string, MarkdownDocument>,
  labels: MarkdownLabels,
): string {
  const docIds = [...new Set([...data.bookmarks, ...data.notes].map((row) => row.target.docId))];
  const lines: string[] = [`# ${inline(labels.title)}`, '', inline(labels.exportedOn), ''];
  for (const docId of docIds) {
    const document = documents.get(docId);
    lines.push(`## ${inline(document?.title ?? `${labels.removedDocument} (${docId})`)}`, '');
    const bookmarks = data.bookmarks.filter((row) => row.target.docId === docId);
    if (bookmarks.length > 0) {
      lines.push(`### ${inline(labels.bookmarks)}`, '');
      for (const bookmark of bookmarks) {
        const { blockId, itemId } = bookmark.target;
        const text = blockId ? document?.passageText(blockId, itemId) : null;
        const section = blockId ? document?.sectionOf(blockId) : null;
        const what = text ? excerpt(text) : labels.wholeDocument;
        const link = document ? ` ([${inline(labels.open)}](${document.link(itemId ?? blockId)}))` : '';
        lines.push(
          `- ${section ? `${inline(section)} — ` : ''}${inline(what)}${bookmark.label ? ` — **${inline(bookmark.label)}**` : ''}${link}`,
        );
      }
      lines.push('');
    }
    const notes = data.notes.filter((row) => row.target.docId === docId);
    if (notes.length > 0) {
      lines.push(`### ${inline(labels.notes)}`, '');
      for (const note of notes) {
        const { blockId, itemId } = note.target;
        const section = blockId ? document?.sectionOf(blockId) : null;
        if (note.quote.exact !== '') lines.push(quoteBlock(note.quote.exact), '');
        // The person's own text is Markdown already: it is kept as they wrote it.
        if (note.body.trim() !== '') lines.push(note.body.trim(), '');
        const place = [
          note.anchorState === 'detached' ? labels.detached : null,
          blockId === null ? labels.wholeDocument : section,
          note.tags.length > 0 ? `${labels.tags} : ${note.tags.join(', ')}` : null,
        ].filter((part): part is string => Boolean(part));
        const link =
          document && note.anchorState === 'anchored'
            ? `[${inline(labels.open)}](${document.link(itemId ?? blockId)})`
            : null;
        lines.push(`*${[...place.map(inline), ...(link ? [link] : [])].join(' · ')}*`, '', '---', '');
      }
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()}\n`;
}
