import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@shared/format/dates';
import { libraryPagesOf } from '../../dataset-fixture';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import {
  bundledDataset,
  INGEST_OBSERVER,
  ingestObservation,
  INTERFACE_LANGUAGES,
  readStore,
  titleIn,
  waitForLibrary,
} from '../harness/fixtures';

const dataset = bundledDataset();

describe.skipIf(engine().kind === 'none')('first run', () => {
  const launch = appPerTest();

  describe.each(INTERFACE_LANGUAGES)('in $language', ({ language, locale, catalogue }) => {
    it('ingests the dataset behind a progress bar that then goes away', async () => {
      const app = await launch({ locale, initScripts: [INGEST_OBSERVER] });
      await waitForLibrary(app.page);
      const ingest = await ingestObservation(app.page);
      expect(ingest.seen).toBe(true);
      expect(ingest.gone).toBe(true);
      expect(ingest.maxValue).toBeGreaterThan(0);
      expect(await app.page.locator('[data-testid="ingest-progress"]').count()).toBe(0);
      expect(await readStore(app.page, 'datasetMeta')).toEqual([
        expect.objectContaining({ version: dataset.version, documentCount: dataset.documents.length }),
      ]);
    });

    it('lists the five documents with their titles, dates and places, read in the interface language at first', async () => {
      const app = await launch({ locale });
      await waitForLibrary(app.page);
      const page = app.page;
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(catalogue.library.title);
      const cards = page.locator('.card');
      expect(await cards.count()).toBe(5);
      for (const document of libraryPagesOf(dataset)) {
        const card = page.locator(`[data-document-id="${document.id}"]`);
        expect(await card.locator('.card-title').textContent()).toBe(titleIn(document, language));
        const meta = await card.locator('.card-meta').textContent();
        expect(meta).toContain(document.date ? formatIsoDate(document.date, language) : catalogue.document.undated);
        if (document.place) expect(meta).toContain(document.place[language]);
      }
      // The person's own documents are read after the library's first paint: wait for them.
      await page.locator('.my-documents-empty').waitFor();
      const sections = await page.locator('.library-section h2').allTextContents();
      expect(sections).toEqual([
        catalogue.kinds.news.other,
        catalogue.kinds['press-release'].other,
        catalogue.kinds.statement.other,
        catalogue.kinds.reference.other,
        // The person's own documents, empty on a first run: it says what can be added.
        catalogue.library.mine.title,
      ]);
      expect(await page.locator('.my-documents-empty').isVisible()).toBe(true);
    });
  });
});
