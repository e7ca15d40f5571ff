import type { Language } from '@shared/document/vocabulary';
import type { RendererResources } from '@shared/i18n/renderer-catalogues';

/**
 * Shown when the page is opened outside the app (no preload, so no language to choose):
 * the one message in both languages at once, from the catalogues' own words.
 */
export function OutsideAppMessage({ resources }: { resources: Record<Language, RendererResources> }) {
  return (
    <main className="startup">
      <div className="startup-panel" role="alert">
        <p lang="fr">{resources.fr.common.startup.outsideApp}</p>
        <p lang="en">{resources.en.common.startup.outsideApp}</p>
      </div>
    </main>
  );
}
