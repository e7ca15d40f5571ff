import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services/context';

/**
 * A link to the web. The app never navigates away: the main process asks the person to
 * confirm, then opens https addresses in their browser.
 */
export function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { api } = useServices();
  return (
    <a
      className="external-link"
      href={url}
      onClick={(event) => {
        event.preventDefault();
        void api.linkOpenExternal({ url });
      }}
    >
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t('common.opensInBrowser')}</span>
    </a>
  );
}
