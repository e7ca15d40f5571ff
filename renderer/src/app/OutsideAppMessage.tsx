/**
 * Shown when the page is opened outside the app (no preload, so no catalogues loaded yet):
 * the one message in both languages at once, from the catalogues' own words.
 */
import { I18N_RESOURCES } from '@shared/i18n/resources';

export function OutsideAppMessage() {
  return (
    <main className="startup">
      <div className="startup-panel" role="alert">
        <p lang="fr">{I18N_RESOURCES.fr.common.startup.outsideApp}</p>
        <p lang="en">{I18N_RESOURCES.en.common.startup.outsideApp}</p>
      </div>
    </main>
  );
}
