/**
 * Shown when the page is opened outside the app (no preload, so no catalogues loaded yet):
 * the one message in both languages at once, from the catalogues' own words.
 */
import { RENDERER_RESOURCES } from '@shared/i18n/renderer-resources';

export function OutsideAppMessage() {
  return (
    <main className="startup">
      <div className="startup-panel" role="alert">
        <p lang="fr">{RENDERER_RESOURCES.fr.common.startup.outsideApp}</p>
        <p lang="en">{RENDERER_RESOURCES.en.common.startup.outsideApp}</p>
      </div>
    </main>
  );
}
