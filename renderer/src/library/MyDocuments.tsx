import { useTranslation } from 'react-i18next';
import { useServices } from '../services/context';
import { useUndo } from '../common/UndoContext';
import { useLiveResult } from '../common/useLiveResult';
import { listImportedDocuments } from '../db/queries';
import { deleteImportedDocument, restoreImportedDocument } from '../db/library-queries';
import { useImportQueue } from '../import/ImportQueue';
import { DocumentCard } from './DocumentCard';

/**
 * The person's own documents, newest first, below the bundled ones: each opens in the reader
 * like any page and can be deleted (with undo). When there are none, what can be added and how.
 */
export function MyDocuments() {
  const { t } = useTranslation();
  const { db } = useServices();
  const { offerUndo } = useUndo();
  const { pickFiles } = useImportQueue();
  const loaded = useLiveResult(() => listImportedDocuments(db), [db]);
  if (!loaded) return null;
  const documents = loaded.value;

  const remove = async (id: string, title: string): Promise<void> => {
    const row = await deleteImportedDocument(db, id);
    if (row) offerUndo({ message: t('library.mine.deleted', { title }), undo: () => restoreImportedDocument(db, row) });
  };

  return (
    <section className="library-section my-documents" aria-labelledby="my-documents">
      <div className="library-section-head">
        <h2 id="my-documents">{t('library.mine.title')}</h2>
        {documents.length > 0 && (
          <span className="library-count">{t('library.count', { count: documents.length })}</span>
        )}
        <button type="button" className="button" onClick={() => void pickFiles()}>
          {t('library.mine.add')}
        </button>
      </div>
      {documents.length === 0 ? (
        <div className="my-documents-empty">
          <p>
            <strong>{t('library.mine.emptyTitle')}</strong>
          </p>
          <p>{t('library.mine.emptyBody')}</p>
        </div>
      ) : (
        <ul className="card-list">
          {documents.map((document) => (
            <DocumentCard
              key={document.id}
              document={document}
              actions={
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void remove(document.id, document.title.text)}
                  aria-label={t('library.mine.delete', { title: document.title.text })}
                  title={t('library.mine.delete', { title: document.title.text })}
                >
                  {t('library.mine.deleteShort')}
                </button>
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
