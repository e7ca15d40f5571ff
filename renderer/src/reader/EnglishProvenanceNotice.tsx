import { useTranslation } from 'react-i18next';
import type { PublishedEnglishSource } from '@shared/document/schema';
import type { ProvenanceShare } from '@shared/english-edition/provenance';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress, shortWebAddress } from '../common/web-address';

/**
 * Where a document's English comes from, said once above the text: IOM's published text, in
 * part or in whole (with the addresses it was copied from), or our unofficial translation.
 * Side by side, it also says how to see the origin of each passage.
 */
export function EnglishProvenanceNotice({
  share,
  sources,
  paired,
}: {
  share: ProvenanceShare;
  sources: readonly PublishedEnglishSource[];
  paired: boolean;
}) {
  const { t } = useTranslation();
  const summary =
    share.provenance === 'published'
      ? t('reader.provenance.document.published')
      : share.provenance === 'partly'
        ? t('reader.provenance.document.partly', { published: share.published, total: share.total })
        : t('reader.provenance.document.ours');
  return (
    <div className="notice notice-translation" data-provenance={share.provenance}>
      <p>
        {summary}
        {paired && <> {t('reader.provenance.hint')}</>}
      </p>
      {share.published > 0 && sources.length > 0 && (
        <p className="provenance-sources">
          {t('reader.provenance.sources')}{' '}
          {sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 && ', '}
              {isSafeWebAddress(source.url) ? (
                <ExternalLink url={source.url}>{shortWebAddress(source.url)}</ExternalLink>
              ) : (
                <span className="provenance-address">{source.url}</span>
              )}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
