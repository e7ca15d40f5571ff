import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { acronymPairsOf } from '@shared/align/acronym-keys';
import { alignEditions } from '@shared/align/align-editions';
import { editionLikelihood, LIKELY_EDITION } from '@shared/align/same-source';
import type { ImportedDocumentRow } from '@shared/library/imported-document';
import { useLiveResult } from '../common/useLiveResult';
import { pairImportedDocuments, unpairImportedDocument } from '../db/library-queries';
import { useServices } from '../services/context';
import { useReadingMode } from '../settings/useReadingMode';
import { AlignmentReview } from './AlignmentReview';

/** Whether a row is the French side of a pair (the one read side by side). */
const isFrench = (row: ImportedDocumentRow): boolean => row.document.language !== 'en';

/**
 * On a person's own document: the other language's edition it is read with, or a way to pair
 * it with one of their imports (the likeliest first, from the page address, shared figures,
 * names and dates). Pairing aligns the two editions' blocks and opens them side by side.
 */
export function EditionPairing({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [, setMode] = useReadingMode();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const loaded = useLiveResult(
    async () => ({ rows: await db.importedDocuments.toArray(), glossary: await db.glossary.toArray() }),
    [db],
  );
  const rows = loaded?.value.rows;
  const glossary = loaded?.value.glossary;
  const acronymPairs = useMemo(() => acronymPairsOf(glossary ?? []), [glossary]);
  const current = rows?.find((row) => row.id === docId);
  const candidates = useMemo(() => {
    if (!current || !rows) return [];
    return rows
      .filter((row) => row.id !== current.id && isFrench(row) !== isFrench(current))
      .map((row) => ({
        row,
        score: editionLikelihood(
          { content: current.document, sourceUrl: current.document.sourceUrl, date: current.document.date?.iso },
          { content: row.document, sourceUrl: row.document.sourceUrl, date: row.document.date?.iso },
          { acronymPairs },
        ).score,
      }))
      .sort((a, b) => b.score - a.score);
  }, [current, rows, acronymPairs]);
  if (!current || !rows) return null;

  const partner = current.pairedWith ? rows.find((row) => row.id === current.pairedWith) : undefined;
  if (partner) {
    return (
      <div className="edition-pairing">
        {isFrench(current) ? (
          <>
            {t('import.pairing.pairedWith')} <Link href={`/read/${partner.id}`}>{partner.document.title.text}</Link>{' '}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void unpairImportedDocument(db, current.id)}
            >
              {t('import.pairing.unpair')}
            </button>
            {current.alignment && (
              <AlignmentReview
                frenchId={current.id}
                french={current.document}
                english={partner.document}
                alignment={current.alignment}
              />
            )}
          </>
        ) : (
          <>
            {t('import.pairing.editionOf')}{' '}
            <Link href={`/read/${partner.id}`} onClick={() => setMode('both')}>
              {partner.document.title.text}
            </Link>
          </>
        )}
      </div>
    );
  }
  if (candidates.length === 0) return null;

  const selected = choice || candidates[0]?.row.id || '';
  const pair = async (): Promise<void> => {
    const other = rows.find((row) => row.id === selected);
    if (!other) return;
    const [french, english] = isFrench(current) ? [current, other] : [other, current];
    setBusy(true);
    try {
      const alignment = alignEditions(french.document, english.document, { acronymPairs });
      await pairImportedDocuments(db, french.id, english.id, alignment);
      setMode('both');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="edition-pairing">
      <label htmlFor={`${id}-edition`}>
        {t(isFrench(current) ? 'import.pairing.chooseEnglish' : 'import.pairing.chooseFrench')}
      </label>{' '}
      <select id={`${id}-edition`} value={selected} onChange={(event) => setChoice(event.target.value)}>
        {candidates.map(({ row, score }) => (
          <option key={row.id} value={row.id}>
            {score >= LIKELY_EDITION
              ? t('import.pairing.likely', { title: row.document.title.text })
              : row.document.title.text}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => void pair()}>
        {t('import.pairing.pair')}
      </button>
    </div>
  );
}
