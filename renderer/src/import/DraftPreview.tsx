import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { passagesOf } from '@shared/document/passages';
import { cutOnWord } from '@shared/document/excerpt';
import type { DocumentKind, Language } from '@shared/document/vocabulary';
import { inputFromIsoDate, isoDateFromInput } from '@shared/library/date-input';
import { MAX_TITLE_LENGTH, titleIsValid, type DraftCorrections } from '@shared/library/from-draft';
import type { ImportErrorCode } from '@shared/import/import-error';
import type { FileOutcome } from './read-draft';

/** One file of an import, as the preview shows it and the person corrects it. */
export interface PreviewItem {
  key: string;
  outcome: FileOutcome;
  /** What the person will save (null for a refused file). */
  corrections: DraftCorrections | null;
  include: boolean;
  /** The same content already in the library, or earlier in this import. */
  duplicate: { kind: 'library' | 'batch'; id: string; title: string } | null;
  /** The date field holds text that is not a date: saving waits until it is corrected. */
  dateInvalid?: boolean;
}

export type PreviewChange = Partial<Pick<PreviewItem, 'corrections' | 'include' | 'dateInvalid'>>;

/** Passages shown of each draft: enough to recognise the page, not the page itself. */
const SHOWN_PASSAGES = 4;
const PASSAGE_LENGTH = 220;

/** One file's preview: what was found, the fields to correct, the first passages, the warnings. */
export function DraftPreview({
  item,
  kinds,
  languages,
  onChange,
}: {
  item: PreviewItem;
  kinds: readonly DocumentKind[];
  languages: readonly Language[];
  onChange: (change: PreviewChange) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { outcome, corrections } = item;
  const [dateText, setDateText] = useState(inputFromIsoDate(corrections?.date ?? null));

  if (outcome.status === 'refused' || !corrections) {
    const code = outcome.status === 'refused' ? outcome.code : 'unknown';
    return (
      <article className="import-item import-item-refused" aria-labelledby={`${id}-name`}>
        <h3 id={`${id}-name`} className="import-file-name">
          {outcome.name}
        </h3>
        <p className="data-error" role="alert">
          <strong>{t('import.refused.title')}</strong> {t(`import.refused.${refusalKey(code)}`)}
        </p>
        {outcome.status === 'refused' && outcome.detail && <p className="data-detail">{outcome.detail}</p>}
      </article>
    );
  }

  const { draft } = outcome;
  const passages = passagesOf(draft.content, draft.content.language ?? 'fr');
  const set = (change: Partial<DraftCorrections>): void => onChange({ corrections: { ...corrections, ...change } });
  const titleError = !titleIsValid(corrections.title);
  return (
    <article className={`import-item${item.include ? '' : ' import-item-skipped'}`} aria-labelledby={`${id}-name`}>
      <div className="import-item-head">
        <h3 id={`${id}-name`} className="import-file-name">
          {outcome.name} <span className="badge">{t(`import.formatNames.${draft.format}`)}</span>
        </h3>
        <label className="import-include">
          <input
            type="checkbox"
            checked={item.include}
            onChange={(event) => onChange({ include: event.target.checked })}
          />{' '}
          {t('import.preview.include')}
        </label>
      </div>
      {item.duplicate && (
        <p className="notice">
          {item.duplicate.kind === 'library' ? (
            <>
              {t('import.preview.alreadyInLibrary')}{' '}
              <Link href={`/read/${item.duplicate.id}`}>{item.duplicate.title}</Link>
            </>
          ) : (
            t('import.preview.alreadyInBatch')
          )}
        </p>
      )}
      <div className="import-fields">
        <label className="import-field import-field-title">
          <span>{t('import.fields.title')}</span>
          <input
            type="text"
            value={corrections.title}
            maxLength={MAX_TITLE_LENGTH + 50}
            aria-invalid={titleError}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(event) => set({ title: event.target.value })}
          />
          {titleError && (
            <span id={`${id}-title-error`} className="field-error">
              {t('import.fields.titleError', { max: MAX_TITLE_LENGTH })}
            </span>
          )}
        </label>
        <label className="import-field">
          <span>{t('import.fields.language')}</span>
          <select value={corrections.language} onChange={(event) => set({ language: event.target.value as Language })}>
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`language.names.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span>{t('import.fields.kind')}</span>
          <select value={corrections.kind} onChange={(event) => set({ kind: event.target.value as DocumentKind })}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}.one`)}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span>{t('import.fields.date')}</span>
          <input
            type="text"
            inputMode="numeric"
            placeholder={t('import.fields.datePlaceholder')}
            value={dateText}
            aria-invalid={item.dateInvalid ?? false}
            aria-describedby={`${id}-date-hint`}
            onChange={(event) => {
              setDateText(event.target.value);
              const date = isoDateFromInput(event.target.value);
              if (date === 'invalid') onChange({ dateInvalid: true });
              else onChange({ corrections: { ...corrections, date }, dateInvalid: false });
            }}
          />
          <span id={`${id}-date-hint`} className={item.dateInvalid ? 'field-error' : 'field-hint'}>
            {t(item.dateInvalid ? 'import.fields.dateError' : 'import.fields.dateHint')}
          </span>
        </label>
      </div>
      <p className="import-found">
        {t('import.preview.found', { count: passages.length })}
        {draft.place && <> · {t('import.preview.place', { place: draft.place })}</>}
        {draft.content.dateline?.dateText && <> · {draft.content.dateline.dateText}</>}
      </p>
      <ul className="import-passages" lang={draft.content.language ?? undefined}>
        {passages.slice(0, SHOWN_PASSAGES).map((passage) => (
          <li key={passage.id} className={`import-passage import-passage-${passage.kind}`}>
            {cutOnWord(passage.text, PASSAGE_LENGTH)}
          </li>
        ))}
      </ul>
      {passages.length > SHOWN_PASSAGES && (
        <p className="data-detail">{t('import.preview.more', { count: passages.length - SHOWN_PASSAGES })}</p>
      )}
      {draft.warnings.length > 0 && (
        <details className="import-warnings">
          <summary>{t('import.preview.warnings', { count: draft.warnings.length })}</summary>
          <ul>
            {draft.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>
                {t(`import.warnings.${warning.code}`)}
                {warning.line !== null && <> ({t('import.preview.line', { line: warning.line })})</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** Refusals the interface words itself (the import's codes); any other is said in general terms, with its detail. */
const WORDED_REFUSALS = [
  'too-large',
  'unreadable',
  'empty',
  'binary',
  'undecodable',
  'no-text',
  'not-an-article',
] as const satisfies readonly ImportErrorCode[];
type WordedRefusal = (typeof WORDED_REFUSALS)[number] | 'other';

function refusalKey(code: string): WordedRefusal {
  return (WORDED_REFUSALS as readonly string[]).includes(code) ? (code as WordedRefusal) : 'other';
}
