import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairBlocks, unpairBlock } from '@shared/align/corrections';
import type { EditionAlignment } from '@shared/align/rows';
import { blockTexts } from '@shared/document/passages';
import { cutOnWord } from '@shared/document/excerpt';
import type { ReadableDocument } from '@shared/document/schema';
import { saveAlignment } from '../db/library-queries';
import { useServices } from '../services/context';

/** Enough of a passage to recognise it in the review. */
const SNIPPET = 140;

const textsById = (document: ReadableDocument): Map<string, string> =>
  new Map(document.blocks.map((block) => [block.id, blockTexts(block).join(' · ')]));

/**
 * The pairs the aligner made, to check and correct: each French passage beside the English it
 * was given; a pair can be separated, and a French passage left alone paired with an English
 * one left alone. A correction is kept when the pair is aligned again.
 */
export function AlignmentReview({
  frenchId,
  french,
  english,
  alignment,
}: {
  frenchId: string;
  french: ReadableDocument;
  english: ReadableDocument;
  alignment: EditionAlignment;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const frenchTexts = textsById(french);
  const englishTexts = textsById(english);
  const englishAlone = alignment.rows.filter((row) => row.fr.length === 0).flatMap((row) => row.en);
  const alone = alignment.rows.filter((row) => row.fr.length === 0 || row.en.length === 0).length;

  const apply = (corrected: ReturnType<typeof pairBlocks>): void => {
    if (!corrected.ok) {
      setProblem(corrected.error.message);
      return;
    }
    setProblem(null);
    void saveAlignment(db, frenchId, corrected.value);
  };
  const snippet = (texts: Map<string, string>, ids: readonly string[]): string =>
    cutOnWord(ids.map((id) => texts.get(id) ?? '').join(' '), SNIPPET);

  return (
    <details className="alignment-review">
      <summary>{t('import.alignment.review', { count: alone })}</summary>
      {problem && (
        <p className="data-error" role="alert">
          {t('import.alignment.refused')} <span className="data-detail">{problem}</span>
        </p>
      )}
      <table className="alignment-table">
        <thead>
          <tr>
            <th scope="col">{t('language.names.fr')}</th>
            <th scope="col">{t('language.names.en')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('import.alignment.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {alignment.rows.map((row) => {
            const key = `${row.fr.join('+')}|${row.en.join('+')}`;
            const firstFrench = row.fr[0];
            return (
              <tr key={key} className={row.fr.length > 0 && row.en.length > 0 ? 'aligned' : 'alone'}>
                <td lang="fr">{row.fr.length > 0 ? snippet(frenchTexts, row.fr) : '—'}</td>
                <td lang="en">{row.en.length > 0 ? snippet(englishTexts, row.en) : '—'}</td>
                <td>
                  {row.fr.length > 0 && row.en.length > 0 && firstFrench && (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => apply(unpairBlock(alignment, 'fr', firstFrench))}
                    >
                      {t('import.alignment.separate')}
                    </button>
                  )}
                  {row.en.length === 0 && firstFrench && englishAlone.length > 0 && (
                    <span className="alignment-pair">
                      <select
                        aria-label={t('import.alignment.chooseEnglish')}
                        value={choices[firstFrench] ?? englishAlone[0]}
                        onChange={(event) => setChoices({ ...choices, [firstFrench]: event.target.value })}
                      >
                        {englishAlone.map((id) => (
                          <option key={id} value={id}>
                            {cutOnWord(englishTexts.get(id) ?? id, 60)}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() =>
                          apply(pairBlocks(alignment, firstFrench, choices[firstFrench] ?? englishAlone[0] ?? ''))
                        }
                      >
                        {t('import.alignment.pair')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
