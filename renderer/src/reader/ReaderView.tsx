import { SearchHighlightScope } from '../search/SearchHighlightScope';
import { DocumentAnnotationsProvider, useDocumentAnnotations } from '../annotations/DocumentAnnotations';
import { DocumentLevelNotes } from '../annotations/MarginNotes';
import { DocumentActions } from '../annotations/PassageActions';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useAnnotationShortcuts } from '../annotations/useAnnotationShortcuts';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import { StatusMessage } from '../common/StatusMessage';
import { languagesOf, leadingLanguage } from '../settings/reading-mode';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { BlockView, SingleEditionContext } from './BlockView';
import { EditionPairing } from '../import/EditionPairing';
import { isImportedId } from '@shared/library/vocabulary';
import type { Language } from '@shared/document/vocabulary';
import { useMediaQuery } from '../common/useMediaQuery';
import { useColumnOrder } from '../settings/useColumnOrder';
import { ColumnLabels } from './ColumnLabels';
import { FirstMentionsProvider } from './FirstMentions';
import { PrintedGlossary } from './PrintedGlossary';
import { ReaderTitleBar } from './ReaderTitleBar';
import { useInView } from './useInView';
import { DocumentHeader } from './DocumentHeader';
import { SavePdf } from './SavePdf';
import { DocumentPager } from './DocumentPager';
import { EnglishProvenanceNotice } from './EnglishProvenanceNotice';
import { TableOfContents } from './TableOfContents';
import type { DocumentView } from './document-view';
import { useDocumentView } from './useDocumentView';
import { useFocusTarget } from './useFocusTarget';
import { useReaderShortcuts } from './useReaderShortcuts';
import { useReadingPosition } from './useReadingPosition';
import { CitationsProvider } from './Citations';
import { outlineIds } from './outline';

export interface ReaderViewProps {
  docId: string;
  blockId: string | null;
  /** Replaces the document header (the About IOM page has its own). */
  header?: ReactNode;
}

/** A document in full, with the person's bookmarks, highlights and notes on it. */
/** Where the contents fold above the text side by side (90rem = 1440 px). */
const FOLDED_TOC_QUERY = '(max-width: 90rem)';

export function ReaderView(props: ReaderViewProps) {
  return (
    <DocumentAnnotationsProvider docId={props.docId}>
      <DocumentReader {...props} />
    </DocumentAnnotationsProvider>
  );
}

/** A document in full: header, table of contents for long ones, every block, previous/next. */
function DocumentReader({ docId, blockId, header }: ReaderViewProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [interfaceLanguage] = useLanguage();
  const [mode] = useReadingMode();
  // Stable per mode: the document's body is memoised on it.
  const languages = useMemo(() => languagesOf(mode), [mode]);
  const leading = leadingLanguage(mode, interfaceLanguage);
  const state = useDocumentView(docId, leading);
  const { previous, next } = state.status === 'ready' ? state.neighbours : { previous: null, next: null };
  useReaderShortcuts({
    previousDocument: previous ? () => navigate(documentPath(previous)) : undefined,
    nextDocument: next ? () => navigate(documentPath(next)) : undefined,
  });
  const annotations = useDocumentAnnotations();
  // The document is shown once its notes and bookmarks are read too (both reads start
  // together): drawn once with its margin, not drawn and then drawn again around 200 notes.
  const ready = state.status === 'ready' && (annotations?.loaded ?? true);
  useFocusTarget(ready, docId, blockId);
  useAnnotationShortcuts();
  const withMargin = annotations?.hasNotes ?? false;
  const outlineEntries = state.status === 'ready' ? state.view.outline : null;
  const headingIds = useMemo(() => (outlineEntries ? outlineIds(outlineEntries) : []), [outlineEntries]);
  const position = useReadingPosition(ready, docId, headingIds);
  const titleInView = useInView('document-title', ready);
  // Side by side below 1440 pixels, two columns of text and a contents column do not fit.
  const narrow = useMediaQuery(FOLDED_TOC_QUERY);
  const tocFolded = languages.length > 1 && narrow;
  const [columnOrder] = useColumnOrder();

  if (state.status === 'loading' || (state.status === 'ready' && !ready)) {
    return <StatusMessage title={t('common.loading')} busy />;
  }
  if (state.status === 'missing') {
    return (
      <StatusMessage title={t('reader.notFound.title')}>
        <p>{t('reader.notFound.body')}</p>
        <p>
          <Link href="/">{t('reader.notFound.action')}</Link>
        </p>
      </StatusMessage>
    );
  }
  const { view } = state;
  const { document, outline } = view;
  return (
    <CitationsProvider view={view}>
      <div
        className={`reader-layout${outline.length > 0 && !tocFolded ? ' with-toc' : ''}${languages.length > 1 ? ' pair' : ''}${withMargin ? ' with-margin' : ''}${languages.length > 1 && columnOrder === 'en-fr' ? ' columns-swapped' : ''}`}
      >
        {outline.length > 0 && !tocFolded && (
          <aside className="reader-aside">
            <TableOfContents outline={outline} linkBase={view.linkBase} currentId={position.sectionId} />
          </aside>
        )}
        <div
          className="reading-progress"
          role="progressbar"
          aria-label={t('reader.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(position.progress * 100)}
        >
          <span style={{ transform: `scaleX(${position.progress})` }} />
        </div>
        {!header && (
          <ReaderTitleBar
            shown={!titleInView}
            title={titleIn(document, leading).text}
            language={titleIn(document, leading).language}
            outline={outline}
            sectionId={position.sectionId}
          />
        )}
        <article
          className="reader"
          data-document-id={document.id}
          lang={titleIn(document, leading).language}
          aria-labelledby="document-title"
        >
          {header ?? <DocumentHeader document={document} mode={mode} provenance={view.englishProvenance} />}
          {header && languages.includes('en') && document.english && view.englishProvenance && (
            <EnglishProvenanceNotice
              share={view.englishProvenance}
              sources={document.english.publishedSources ?? []}
              paired={languages.length > 1}
            />
          )}
          <DocumentActions language={leading}>
            <SavePdf document={document} />
            {outline.length > 0 && tocFolded && (
              <TableOfContents outline={outline} linkBase={view.linkBase} currentId={position.sectionId} folded />
            )}
          </DocumentActions>
          {isImportedId(docId) && <EditionPairing docId={docId} />}
          <DocumentLevelNotes />
          <SelectionToolbar />
          {languages.length > 1 && <ColumnLabels provenance={view.englishProvenance} imported={isImportedId(docId)} />}
          <DocumentBody view={view} languages={languages} blockId={blockId} leading={leading} printGlossary={!header} />
          {!header && <DocumentPager previous={previous} next={next} language={leading} />}
        </article>
      </div>
    </CitationsProvider>
  );
}

/**
 * Every block of the document, memoised: the reader renders again as a person scrolls (the
 * section in view, the progress bar), and that must not render every passage again.
 * Annotations still reach the passages through their context.
 */
const DocumentBody = memo(function DocumentBody({
  view,
  languages,
  blockId,
  leading,
  printGlossary,
}: {
  view: DocumentView;
  languages: Language[];
  blockId: string | null;
  leading: Language;
  printGlossary: boolean;
}) {
  const { document } = view;
  return (
    <SearchHighlightScope docId={document.id}>
      <FirstMentionsProvider view={view} languages={languages}>
        <SingleEditionContext.Provider value={!document.english}>
          <div className="document-body">
            {view.rows.map(({ block, english, language }) => (
              <BlockView
                key={block.id}
                block={block}
                english={english}
                context={{
                  linkBase: view.linkBase,
                  languages,
                  originalLanguage: language ?? view.originalLanguage,
                  datelines: view.datelines,
                  isFirst: block.id === view.firstParagraphId,
                  footnoteHrefs: view.footnoteHrefs,
                  truncatedAt: view.truncatedAt,
                  isTarget: block.id === blockId,
                  editorialNotes: view.editorialNotes,
                }}
              />
            ))}
          </div>
        </SingleEditionContext.Provider>
        {printGlossary && <PrintedGlossary language={leading} />}
      </FirstMentionsProvider>
    </SearchHighlightScope>
  );
});
