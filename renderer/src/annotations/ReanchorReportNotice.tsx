import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { notePassageId } from '@shared/annotation/locate';
import { useLiveResult } from '../common/useLiveResult';
import type { NoteRow, ReperesDatabase } from '../db/schema';
import { useServices } from '../services/context';

/** The report of the last re-anchoring, with the notes it names (those still there). */
async function readReport(db: ReperesDatabase) {
  const row = await db.settings.get('reanchorReport');
  if (row?.key !== 'reanchorReport') return null;
  const notesOf = async (ids: readonly string[]) =>
    (await db.notes.bulkGet([...ids])).filter((note): note is NoteRow => note !== undefined);
  return { report: row.value, moved: await notesOf(row.value.moved), detached: await notesOf(row.value.detached) };
}

/**
 * After a new version of the documents, what became of the person's notes, once: how many
 * stayed, which moved (each a link to its new place) and which lost their place (each a link
 * to its document, where it is shown with its quote). Dismissing it forgets the report only.
 */
export function ReanchorReportNotice() {
  const { t } = useTranslation();
  const { db } = useServices();
  const state = useLiveResult(() => readReport(db), [db])?.value;
  if (!state) return null;
  const { report, moved, detached } = state;
  const link = (note: NoteRow, toPassage: boolean) => {
    const passage = toPassage ? notePassageId(note) : null;
    const quote = note.quote.exact || note.body;
    return (
      <li key={note.id}>
        <Link href={`/read/${note.target.docId}${passage ? `/${passage}` : ''}`}>
          {quote.length > 80 ? `${quote.slice(0, 79)}…` : quote || t('notes.noteLabel')}
        </Link>
      </li>
    );
  };
  return (
    <section className="reanchor-report" aria-labelledby="reanchor-report-title">
      <h2 id="reanchor-report-title">{t('notes.report.title')}</h2>
      <p>
        {t('notes.report.summary', {
          unchanged: t('notes.report.unchanged', { count: report.unchanged }),
          moved: t('notes.report.moved', { count: report.moved.length }),
          detached: t('notes.report.detached', { count: report.detached.length }),
        })}
      </p>
      {moved.length > 0 && (
        <details>
          <summary>{t('notes.report.movedList')}</summary>
          <ul>{moved.map((note) => link(note, true))}</ul>
        </details>
      )}
      {detached.length > 0 && (
        <details open>
          <summary>{t('notes.report.detachedList')}</summary>
          <ul>{detached.map((note) => link(note, false))}</ul>
        </details>
      )}
      <button type="button" className="link-button" onClick={() => void db.settings.delete('reanchorReport')}>
        {t('notes.report.dismiss')}
      </button>
    </section>
  );
}
