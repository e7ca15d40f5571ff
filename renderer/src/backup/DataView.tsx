import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildBackupEnvelope, type BackupEnvelope } from '@shared/backup/envelope';
import type { BackupFileProblem } from '@shared/backup/file';
import { notesMarkdown } from '@shared/backup/markdown';
import { planWritesNothing, type MergePlan } from '@shared/backup/merge';
import { USER_TABLES } from '@shared/backup/tables';
import { useFocusHeading } from '../common/useFocusHeading';
import { applyImport, documentsWithBlocks, planImport, readPersonData } from '../db/backup-queries';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { markdownDocument } from './markdown-documents';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; what: 'json' | 'markdown' }
  | { kind: 'preview'; fileName: string; envelope: BackupEnvelope; plan: MergePlan }
  | { kind: 'imported'; plan: MergePlan }
  | { kind: 'refused'; fileName: string; problem: BackupFileProblem; detail: string }
  | { kind: 'failed'; detail: string };

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A person's data out and back in: a backup file (everything they own, as JSON) to carry to
 * another computer on a USB stick, their notes and bookmarks as Markdown to read anywhere,
 * and restoring a backup — checked whole, previewed, then merged in one transaction.
 */
export function DataView({ action }: { action: string | null }) {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const [language] = useLanguage();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useFocusHeading(true, 'data-title');

  const run = async (work: () => Promise<Status>): Promise<void> => {
    setStatus({ kind: 'busy' });
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  };

  const exportBackup = () =>
    run(async () => {
      const info = await api.appInfo();
      const built = buildBackupEnvelope({
        data: await readPersonData(db),
        appVersion: info.ok ? info.value.version : 'unknown',
        exportedAt: new Date(),
      });
      if (!built.ok) return { kind: 'failed', detail: built.error.detail };
      const saved = await api.backupSave({
        kind: 'json',
        suggestedName: `reperes-backup-${today()}.json`,
        content: `${JSON.stringify(built.value, null, 2)}\n`,
      });
      if (!saved.ok) return { kind: 'failed', detail: saved.error.detail };
      return saved.value.saved ? { kind: 'saved', what: 'json' } : { kind: 'idle' };
    });

  const exportMarkdown = () =>
    run(async () => {
      const data = await readPersonData(db);
      const stored = await documentsWithBlocks(db, [
        ...new Set([...data.notes, ...data.bookmarks].map((row) => row.target.docId)),
      ]);
      const documents = new Map(
        [...stored].map(([docId, { document, blocks }]) => [docId, markdownDocument(document, blocks, language)]),
      );
      const content = notesMarkdown(data, documents, {
        title: t('data.markdown.title'),
        exportedOn: t('data.markdown.exportedOn', {
          date: new Date().toLocaleDateString(i18n.language, { dateStyle: 'long' }),
        }),
        bookmarks: t('bookmarks.view.title'),
        notes: t('notes.view.title'),
        tags: t('notes.tags'),
        wholeDocument: t('data.markdown.wholeDocument'),
        detached: t('notes.detachedTitle'),
        removedDocument: t('notes.view.unknownDocument'),
        open: t('data.markdown.open'),
      });
      const saved = await api.backupSave({ kind: 'markdown', suggestedName: `reperes-notes-${today()}.md`, content });
      if (!saved.ok) return { kind: 'failed', detail: saved.error.detail };
      return saved.value.saved ? { kind: 'saved', what: 'markdown' } : { kind: 'idle' };
    });

  const chooseBackup = () =>
    run(async () => {
      const opened = await api.backupOpen();
      if (!opened.ok) return { kind: 'failed', detail: opened.error.detail };
      const outcome = opened.value;
      if (outcome.status === 'cancelled') return { kind: 'idle' };
      if (outcome.status === 'refused') return { kind: 'refused', ...outcome };
      return {
        kind: 'preview',
        fileName: outcome.fileName,
        envelope: outcome.envelope,
        plan: await planImport(db, outcome.envelope.data),
      };
    });

  const confirmImport = (envelope: BackupEnvelope) =>
    run(async () => {
      // Planned again inside the write: the data may have changed since the preview.
      const plan = await planImport(db, envelope.data);
      await applyImport(db, plan);
      return { kind: 'imported', plan };
    });

  // The native menu's "Restore Backup…" opens this view at `/data/import`: the dialog opens at once.
  const started = useRef(false);
  useEffect(() => {
    if (action !== 'import' || started.current) return;
    started.current = true;
    void chooseBackup();
  });

  const busy = status.kind === 'busy';
  return (
    <div className="list-view data-view">
      <h1 id="data-title" tabIndex={-1}>
        {t('data.title')}
      </h1>
      <p className="lede">{t('data.intro')}</p>

      <section className="data-section" aria-labelledby="data-export">
        <h2 id="data-export">{t('data.export.title')}</h2>
        <p>{t('data.export.body')}</p>
        <div className="data-actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void exportBackup()}>
            {t('data.export.backup')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportMarkdown()}>
            {t('data.export.markdown')}
          </button>
        </div>
      </section>

      <section className="data-section" aria-labelledby="data-import">
        <h2 id="data-import">{t('data.import.title')}</h2>
        <p>{t('data.import.body')}</p>
        <div className="data-actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void chooseBackup()}>
            {t('data.import.choose')}
          </button>
        </div>
      </section>

      <div role="status" aria-live="polite" className="data-status">
        {busy && <p>{t('common.loading')}</p>}
        {status.kind === 'saved' && <p className="data-success">{t(`data.saved.${status.what}`)}</p>}
        {status.kind === 'failed' && (
          <p className="data-error" role="alert">
            {t('data.failed')} <code>{status.detail}</code>
          </p>
        )}
        {status.kind === 'refused' && (
          <div className="data-error" role="alert">
            <p>
              <strong>{t('data.refused.title', { file: status.fileName })}</strong>{' '}
              {t(`data.refused.${status.problem}`)}
            </p>
            <p className="data-detail">{status.detail}</p>
            <p>{t('data.refused.nothingChanged')}</p>
          </div>
        )}
        {status.kind === 'preview' && (
          <ImportPreview
            fileName={status.fileName}
            envelope={status.envelope}
            plan={status.plan}
            onConfirm={() => void confirmImport(status.envelope)}
            onCancel={() => setStatus({ kind: 'idle' })}
          />
        )}
        {status.kind === 'imported' && (
          <p className="data-success">
            {planWritesNothing(status.plan) ? t('data.imported.nothing') : t('data.imported.done')}
          </p>
        )}
      </div>
    </div>
  );
}

function ImportPreview({
  fileName,
  envelope,
  plan,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  envelope: BackupEnvelope;
  plan: MergePlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const nothing = planWritesNothing(plan);
  // The preview appears below the buttons: bring it, and the keyboard focus, to it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="import-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t('data.preview.title', { file: fileName })}
      </h3>
      <p>
        {t('data.preview.written', {
          date: new Date(envelope.exportedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' }),
          version: envelope.app.version,
        })}
      </p>
      <table className="preview-table">
        <thead>
          <tr>
            <th scope="col">{t('data.preview.table')}</th>
            <th scope="col">{t('data.preview.new')}</th>
            <th scope="col">{t('data.preview.updated')}</th>
            <th scope="col">{t('data.preview.unchanged')}</th>
            <th scope="col">{t('data.preview.conflicting')}</th>
          </tr>
        </thead>
        <tbody>
          {USER_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`data.preview.tables.${table}`)}</th>
              <td>{plan.counts[table].new}</td>
              <td>{plan.counts[table].updated}</td>
              <td>{plan.counts[table].unchanged}</td>
              <td>{plan.counts[table].conflicting}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="data-detail">{t('data.preview.rules')}</p>
      <div className="data-actions">
        <button type="button" className="button primary" onClick={onConfirm} disabled={nothing}>
          {nothing ? t('data.preview.nothingToDo') : t('data.preview.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
