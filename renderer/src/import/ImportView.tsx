import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DOCUMENT_KINDS, LANGUAGES } from '@shared/document/vocabulary';
import { importedRowFromDraft, initialCorrections, titleIsValid } from '@shared/library/from-draft';
import { importedIdFor } from '@shared/library/imported-document';
import { useFocusHeading } from '../common/useFocusHeading';
import { importedByContentHash, saveImportedDocuments } from '../db/library-queries';
import { useServices } from '../services/context';
import { useImportQueue } from './ImportQueue';
import { DraftPreview, type PreviewChange, type PreviewItem } from './DraftPreview';
import { draftFromFile } from './read-draft';

type Phase =
  | { kind: 'waiting' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'preview'; items: PreviewItem[] }
  | { kind: 'saving' }
  | { kind: 'saved'; documents: Array<{ id: string; title: string }> }
  | { kind: 'failed'; detail: string };

/** Lets the progress line paint between two files: reading a long page takes a moment. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Adding documents to the person's library: the files they picked or dropped are read here,
 * one by one with progress, into drafts; each is previewed (title, language, kind and date
 * correctable, its blocks and warnings shown, a page already in the library said so); then
 * the ones kept are saved in one transaction. Nothing is written before the person confirms.
 */
export function ImportView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const queue = useImportQueue();
  const [phase, setPhase] = useState<Phase>({ kind: 'waiting' });
  useFocusHeading(true, 'import-title');

  const reading = useRef(false);
  useEffect(() => {
    if (!queue.pending || reading.current) return;
    const files = queue.take();
    if (!files) return;
    reading.current = true;
    void (async () => {
      try {
        const outcomes = [];
        for (const [index, file] of files.entries()) {
          setPhase({ kind: 'reading', done: index, total: files.length });
          await nextFrame();
          outcomes.push(draftFromFile(file));
        }
        const hashes = outcomes.flatMap((outcome) => (outcome.status === 'draft' ? [outcome.draft.contentHash] : []));
        const existing = await importedByContentHash(db, hashes);
        const seen = new Set<string>();
        const items = outcomes.map((outcome, index): PreviewItem => {
          if (outcome.status === 'refused')
            return { key: `${index}`, outcome, corrections: null, include: false, duplicate: null };
          const hash = outcome.draft.contentHash;
          const inLibrary = existing.get(hash);
          const repeated = seen.has(hash);
          seen.add(hash);
          const duplicate = inLibrary
            ? { kind: 'library' as const, id: inLibrary.id, title: inLibrary.document.title.text }
            : repeated
              ? { kind: 'batch' as const, id: importedIdFor(hash), title: outcome.draft.content.title.text }
              : null;
          return {
            key: `${index}`,
            outcome,
            corrections: initialCorrections(outcome.draft),
            include: !duplicate,
            duplicate,
          };
        });
        setPhase({ kind: 'preview', items });
      } catch (error) {
        setPhase({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
      } finally {
        reading.current = false;
      }
    })();
  }, [db, queue, queue.pending]);

  const update = (key: string, change: PreviewChange): void =>
    setPhase((current) =>
      current.kind === 'preview'
        ? { ...current, items: current.items.map((item) => (item.key === key ? { ...item, ...change } : item)) }
        : current,
    );

  const save = async (items: readonly PreviewItem[]): Promise<void> => {
    const now = Date.now();
    const rows = items.flatMap((item) =>
      item.include && item.corrections && item.outcome.status === 'draft'
        ? [importedRowFromDraft(item.outcome.draft, item.corrections, now)]
        : [],
    );
    setPhase({ kind: 'saving' });
    try {
      const written = new Set(await saveImportedDocuments(db, rows));
      setPhase({
        kind: 'saved',
        documents: rows
          .filter((row) => written.has(row.id))
          .map((row) => ({ id: row.id, title: row.document.title.text })),
      });
    } catch (error) {
      // Nothing was written (one transaction): the preview comes back as it was, to try again.
      setPhase({ kind: 'preview', items: [...items] });
      window.alert(`${t('import.saveFailed')}\n${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="list-view import-view">
      <h1 id="import-title" tabIndex={-1}>
        {t('import.title')}
      </h1>
      <p className="lede">{t('import.intro')}</p>
      {(phase.kind === 'waiting' || phase.kind === 'saved' || phase.kind === 'failed') && (
        <div className="data-actions">
          <button type="button" className="button primary" onClick={() => void queue.pickFiles()}>
            {t('import.choose')}
          </button>
          <Link href="/" className="button">
            {t('import.backToLibrary')}
          </Link>
        </div>
      )}
      {phase.kind === 'waiting' && <p className="import-formats">{t('import.formats')}</p>}
      <div role="status" aria-live="polite" className="data-status">
        {phase.kind === 'reading' && (
          <div className="import-progress">
            <p>{t('import.reading', { done: phase.done + 1, total: phase.total })}</p>
            <progress max={phase.total} value={phase.done} />
          </div>
        )}
        {phase.kind === 'saving' && <p>{t('import.saving')}</p>}
        {phase.kind === 'failed' && (
          <p className="data-error" role="alert">
            {t('import.failed')} <code>{phase.detail}</code>
          </p>
        )}
        {phase.kind === 'saved' && <SavedSummary documents={phase.documents} />}
      </div>
      {phase.kind === 'preview' && (
        <ImportPreviewList
          items={phase.items}
          onChange={update}
          onSave={() => void save(phase.items)}
          onCancel={() => setPhase({ kind: 'waiting' })}
        />
      )}
    </div>
  );
}

function ImportPreviewList({
  items,
  onChange,
  onSave,
  onCancel,
}: {
  items: PreviewItem[];
  onChange: (key: string, change: PreviewChange) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const kept = items.filter((item) => item.include && item.corrections);
  const invalid = kept.some((item) => !titleIsValid(item.corrections?.title ?? '') || item.dateInvalid);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="import-preview-list" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={heading} tabIndex={-1}>
        {t('import.preview.title', { count: items.length })}
      </h2>
      <p className="data-detail">{t('import.preview.nothingYet')}</p>
      {items.map((item) => (
        <DraftPreview
          key={item.key}
          item={item}
          kinds={DOCUMENT_KINDS}
          languages={LANGUAGES}
          onChange={(change) => onChange(item.key, change)}
        />
      ))}
      <div className="data-actions import-actions">
        <button type="button" className="button primary" disabled={kept.length === 0 || invalid} onClick={onSave}>
          {kept.length === 0 ? t('import.preview.nothingToAdd') : t('import.preview.save', { count: kept.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function SavedSummary({ documents }: { documents: Array<{ id: string; title: string }> }) {
  const { t } = useTranslation();
  if (documents.length === 0) return <p className="data-success">{t('import.savedNothing')}</p>;
  return (
    <div className="data-success">
      <p>{t('import.saved', { count: documents.length })}</p>
      <ul>
        {documents.map((document) => (
          <li key={document.id}>
            <Link href={`/read/${document.id}`}>{document.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
