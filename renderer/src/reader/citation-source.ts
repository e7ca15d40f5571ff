import type { CitationSource } from '@shared/citation/cite';
import type { Language } from '@shared/document/vocabulary';
import type { DocumentView } from './document-view';

/** What a citation says of a passage, from the document's view: pure, so tested apart. */
export function citationSourceFor(
  view: Pick<DocumentView, 'document' | 'rows' | 'editorialNotes' | 'truncatedAt'>,
  passage: { blockId: string; itemId: string | null; language: Language; quote: string },
  datasetVersion: string,
  consultedAt: number,
): CitationSource {
  const { document } = view;
  const index = view.rows.findIndex((row) => row.block.id === passage.blockId);
  const row = view.rows[index];
  const english = row?.english[passage.itemId ?? passage.blockId];
  const title =
    passage.language === 'en' && document.english?.title ? document.english.title.text : document.title.text;
  return {
    language: passage.language,
    quote: passage.quote,
    docId: document.id,
    title,
    date: document.date,
    place: document.place ? document.place[passage.language] : null,
    sourceUrl: document.sourceUrl,
    paragraph: index < 0 ? null : index + 1,
    datasetVersion,
    englishOrigin: passage.language === 'en' && english ? (english.origin ?? 'ours') : null,
    sourceTruncated: view.truncatedAt !== null,
    corrected: view.editorialNotes.has(passage.itemId ?? passage.blockId) || view.editorialNotes.has(passage.blockId),
    consultedAt,
  };
}
