import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { BlockOf } from '@shared/document/schema';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { languagesOf, leadingLanguage } from '../settings/reading-mode';
import { useReadingMode } from '../settings/useReadingMode';
import { titleIn } from '../common/documentText';
import { StatusMessage } from '../common/StatusMessage';
import { useLiveResult } from '../common/useLiveResult';
import { getDocument, getDocumentBlocks, getNeighbours } from '../db/queries';
import { BlockView } from './BlockView';
import { DocumentHeader } from './DocumentHeader';
import { DocumentPager } from './DocumentPager';
import { buildOutline } from './outline';
import { TableOfContents } from './TableOfContents';
import { useFocusTarget } from './useFocusTarget';
import { useReaderShortcuts } from './useReaderShortcuts';

/** Documents with this many sections or more get a table of contents. */
const TOC_MIN_HEADINGS = 3;

export interface ReaderViewProps {
  docId: string;
  blockId: string | null;
  /** The route this document lives at; block links hang off it. */
  linkBase: string;
  /** Replaces the document header (the About IOM page has its own). */
  header?: React.ReactNode;
}

/** A document in full: header, table of contents for long ones, every block, previous/next. */
export function ReaderView({ docId, blockId, linkBase, header }: ReaderViewProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [, navigate] = useLocation();
  const [interfaceLanguage] = useLanguage();
  const [mode] = useReadingMode();
  const languages = languagesOf(mode);
  const leading = leadingLanguage(mode, interfaceLanguage);
  const loaded = useLiveResult(async () => {
    const [document, rows, neighbours] = await Promise.all([
      getDocument(db, docId),
      getDocumentBlocks(db, docId),
      getNeighbours(db, docId),
    ]);
    return { document, rows, neighbours };
  }, [db, docId]);

  const value = loaded?.value;
  const outline = useMemo(
    () =>
      buildOutline(
        (value?.rows ?? []).flatMap((row) => {
          if (row.block.kind !== 'heading') return [];
          const english = leading === 'en' ? row.english[row.block.id]?.text : undefined;
          return [english ? { ...row.block, text: english } : row.block] as Array<BlockOf<'heading'>>;
        }),
      ),
    [value?.rows, leading],
  );
  const footnoteHrefs = useMemo(
    () =>
      new Map(
        (value?.rows ?? []).flatMap(({ block }) =>
          block.kind === 'footnote' ? [[block.marker, `#${linkBase}/${block.id}`] as const] : [],
        ),
      ),
    [value?.rows, linkBase],
  );
  const { previous, next } = value?.neighbours ?? { previous: null, next: null };
  useReaderShortcuts({
    previousDocument: previous ? () => navigate(`/read/${previous.id}`) : undefined,
    nextDocument: next ? () => navigate(`/read/${next.id}`) : undefined,
  });
  useFocusTarget(value?.document !== undefined, docId, blockId);

  if (!loaded) return <StatusMessage title={t('common.loading')} busy />;
  const { document, rows } = loaded.value;
  if (!document) {
    return (
      <StatusMessage title={t('reader.notFound.title')}>
        <p>{t('reader.notFound.body')}</p>
        <p>
          <Link href="/">{t('reader.notFound.action')}</Link>
        </p>
      </StatusMessage>
    );
  }
  const editorialNotes = new Map(document.editorialNotes.map((note) => [note.blockId, note.text]));
  const truncatedAt = document.truncation ? (document.truncation.itemId ?? document.truncation.blockId) : null;
  const firstParagraph = rows[0]?.block.kind === 'paragraph' ? rows[0].block.id : null;
  const showToc = outline.length > 0 && document.headingCount >= TOC_MIN_HEADINGS;

  return (
    <div className={`reader-layout${showToc ? ' with-toc' : ''}${languages.length > 1 ? ' pair' : ''}`}>
      {showToc && (
        <aside className="reader-aside">
          <TableOfContents outline={outline} linkBase={linkBase} currentId={blockId} />
        </aside>
      )}
      <article className="reader" lang={titleIn(document, leading).language} aria-labelledby="document-title">
        {header ?? <DocumentHeader document={document} mode={mode} />}
        {header && languages.includes('en') && <p className="notice">{t('reader.unofficialTranslation')}</p>}
        <div className="document-body">
          {rows.map(({ block, english }) => (
            <BlockView
              key={block.id}
              block={block}
              english={english}
              context={{
                linkBase,
                languages,
                datelines: {
                  ...(document.dateline ? { fr: document.dateline } : {}),
                  ...(document.english?.dateline ? { en: document.english.dateline } : {}),
                },
                isFirst: block.id === firstParagraph,
                footnoteHrefs,
                truncatedAt,
                isTarget: block.id === blockId,
                editorialNotes,
              }}
            />
          ))}
        </div>
        {!header && <DocumentPager previous={previous} next={next} language={leading} />}
      </article>
    </div>
  );
}
