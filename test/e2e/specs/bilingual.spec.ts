import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { engine, launchApp, type AppHandle } from '../harness/app-handle';
import { bundledDataset, goTo, openDocument, screenshot, waitForLibrary } from '../harness/fixtures';

const dataset = bundledDataset();
const fr = I18N_RESOURCES.fr.common;
const en = I18N_RESOURCES.en.common;
const gcm = dataset.documents.find((document) => document.id === 'gcm-africa-americas-dialogue');

describe.skipIf(engine().kind === 'none')('bilingual reading', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await launchApp({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
  });
  afterAll(async () => app?.close());

  const setReading = async (mode: 'fr' | 'en' | 'both'): Promise<void> => {
    await app.page.locator(`[data-reading-mode="${mode}"]`).click();
    await app.page.waitForFunction(
      (value) => document.querySelector(`[data-reading-mode="${value}"]`)?.getAttribute('aria-pressed') === 'true',
      mode,
    );
  };
  // The interface language is in the "Aa" settings popover, which closes when the page is clicked.
  const setInterface = async (language: 'fr' | 'en'): Promise<void> => {
    const button = app.page.locator(`[data-interface-language="${language}"]`);
    if (!(await button.isVisible())) await app.page.locator('.settings-button').click();
    await button.click();
    await app.page.waitForFunction((value) => document.documentElement.lang === value, language);
    await app.page.keyboard.press('Escape');
  };

  const VIEWS = [
    {
      name: 'library',
      open: async () => {
        await goTo(app.page, '#/');
        await waitForLibrary(app.page);
      },
      heading: (catalogue: typeof fr) => catalogue.library.title,
    },
    {
      name: 'glossary',
      open: async () => {
        await goTo(app.page, '#/glossary');
        await app.page.locator('.glossary-list').waitFor();
      },
      heading: (catalogue: typeof fr) => catalogue.glossary.title,
    },
    {
      name: 'about',
      open: async () => {
        await goTo(app.page, '#/about');
        await app.page.locator('.document-body').waitFor();
      },
      heading: (catalogue: typeof fr) => catalogue.about.title,
    },
  ];

  it.each(VIEWS.map((view) => [view.name, view] as const))(
    'switches the interface language on the %s view',
    async (_name, view) => {
      await view.open();
      await setInterface('en');
      expect(await app.page.locator('h1').first().textContent()).toBe(view.heading(en));
      await setInterface('fr');
      expect(await app.page.locator('h1').first().textContent()).toBe(view.heading(fr));
    },
  );

  it('switches the interface language instantly, without reloading, keeping the scroll position', async () => {
    await setReading('fr');
    await openDocument(app.page, 'regional-consultative-processes');
    await app.page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
      window.scrollTo(0, 1500);
    });
    const scrolled = await app.page.evaluate(() => window.scrollY);
    await setInterface('en');
    expect(await app.page.locator('.toc-title').textContent()).toBe(en.reader.toc);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await app.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await setInterface('fr');
    expect(await app.page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  it('switches the reading language from the library: titles and first lines follow it', async () => {
    await goTo(app.page, '#/');
    await waitForLibrary(app.page);
    const card = app.page.locator(`[data-document-id="${gcm?.id}"]`);
    await setReading('en');
    expect(await card.locator('.card-title').textContent()).toBe(gcm?.english?.title?.text);
    expect(await card.locator('.card-excerpt').getAttribute('lang')).toBe('en');
    await setReading('fr');
    expect(await card.locator('.card-title').textContent()).toBe(gcm?.title.text);
  });

  it('switches both languages from the native menu as well', async () => {
    await goTo(app.page, '#/');
    await waitForLibrary(app.page);
    await app.sendMenuCommand('use-language-en');
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await app.page.locator('h1').first().textContent()).toBe(en.library.title);
    await app.sendMenuCommand('read-both');
    await app.page.waitForFunction(
      () => document.querySelector('[data-reading-mode="both"]')?.getAttribute('aria-pressed') === 'true',
    );
    await app.sendMenuCommand('go-glossary');
    await app.page.waitForFunction(() => window.location.hash === '#/glossary');
    await app.sendMenuCommand('use-language-fr');
    await app.sendMenuCommand('read-fr');
    await app.page.waitForFunction(() => document.documentElement.lang === 'fr');
    await app.page.waitForFunction(
      () => document.querySelector('[data-reading-mode="fr"]')?.getAttribute('aria-pressed') === 'true',
    );
  });

  it('switches the reading language from the reader, separately from the interface', async () => {
    await openDocument(app.page, 'gcm-africa-americas-dialogue');
    const first = app.page.locator('.document-body > .block').first();
    await setReading('en');
    expect(await app.page.locator('#document-title').textContent()).toBe(gcm?.english?.title?.text);
    expect(await first.textContent()).toContain('Banjul, 25 July');
    const chip = app.page.locator('[data-notice="translation"]');
    expect(await chip.textContent()).toBe(fr.reader.notices.translation.ours);
    await chip.click();
    expect(await app.page.locator('.notice-translation').textContent()).toBe(fr.reader.provenance.document.ours);
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
    await setReading('fr');
    expect(await first.textContent()).toContain('Banjul, 25 juillet');
    expect(await chip.count()).toBe(0);
    expect(await app.page.locator('.notice-translation').count()).toBe(0);
  });

  it('shows both languages side by side, aligned block by block and item by item', async () => {
    await setReading('both');
    await openDocument(app.page, 'ceb-publication-high-level-dialogue');
    const pairs = app.page.locator('.document-body > .block-pair');
    const document = dataset.documents.find((candidate) => candidate.id === 'ceb-publication-high-level-dialogue');
    expect(await pairs.count()).toBe(document?.blocks.filter((block) => block.kind !== 'separator').length);
    const items = app.page.locator('.item-pair');
    expect(await items.count()).toBe(5);
    expect(
      await items
        .first()
        .locator('.block-half')
        .evaluateAll((halves) => halves.map((half) => half.getAttribute('lang'))),
    ).toEqual(['fr', 'en']);
    const row = pairs.nth(2);
    const [left, right] = await row.locator('.block-half').all();
    const leftBox = await left?.boundingBox();
    const rightBox = await right?.boundingBox();
    expect(leftBox && rightBox && Math.abs(leftBox.y - rightBox.y) < 2 && rightBox.x > leftBox.x).toBe(true);
  });

  it('highlights the counterpart of the block under the pointer or the focus', async () => {
    const row = app.page.locator('.document-body > .block-pair').nth(3);
    const english = row.locator('.block-half[lang] , .block-half').nth(1);
    const background = () => english.evaluate((element) => getComputedStyle(element).backgroundColor);
    const idle = await background();
    await row.locator('.block-half').first().hover();
    await expect.poll(background).not.toBe(idle);
    await app.page.mouse.move(0, 0);
    await expect.poll(background).toBe(idle);
    await row.focus();
    await expect.poll(background).not.toBe(idle);
  });

  it('says where the English comes from: per document, and per passage on hover or focus side by side', async () => {
    await openDocument(app.page, 'bapa40-south-south-cooperation');
    const chip = app.page.locator('[data-notice="translation"]');
    expect(await chip.getAttribute('data-provenance')).toBe('partly');
    expect(await chip.getAttribute('aria-expanded')).toBe('false');
    await chip.click();
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    const notice = app.page.locator('.notice-translation');
    expect(await notice.getAttribute('data-provenance')).toBe('partly');
    expect(await notice.textContent()).toContain(
      fr.reader.provenance.document.partly.replace('{{published}}', '4').replace('{{total}}', '16'),
    );
    expect(await notice.locator('.external-link').textContent()).toContain(
      'iom.int/news/director-general-participates',
    );
    const published = app.page.locator('#block-p-831914dc');
    const mark = published.locator('.provenance');
    const opacity = () => mark.evaluate((element) => getComputedStyle(element).opacity);
    expect(await mark.textContent()).toBe(fr.reader.provenance.passage.published);
    await app.page.mouse.move(0, 0);
    await expect.poll(opacity).toBe('0');
    await published.locator('.block-half').first().hover();
    await expect.poll(opacity).toBe('1');
    await app.page.mouse.move(0, 0);
    await expect.poll(opacity).toBe('0');
    await published.focus();
    await expect.poll(opacity).toBe('1');
    expect(await app.page.locator('#block-p-acba21d5 .provenance').textContent()).toBe(
      fr.reader.provenance.passage.ours,
    );
  });

  it('marks a quotation in our translation as translated, even when English is read alone', async () => {
    await setReading('en');
    await openDocument(app.page, 'gcm-africa-americas-dialogue');
    const mark = app.page.locator('#block-q-9d35987a .provenance');
    expect(await mark.textContent()).toBe(fr.reader.provenance.passage.translatedQuotation);
    expect(await mark.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await app.page.locator('#block-p-3a8ebd50 .provenance').count()).toBe(0);
    await setReading('both');
  });

  it('stacks the pair in a narrow window', async () => {
    await app.page.setViewportSize({ width: 700, height: 860 });
    const [left, right] = await app.page.locator('.document-body > .block-pair').nth(2).locator('.block-half').all();
    const leftBox = await left?.boundingBox();
    const rightBox = await right?.boundingBox();
    expect(leftBox && rightBox && rightBox.y > leftBox.y && Math.abs(rightBox.x - leftBox.x) < 20).toBe(true);
    await app.page.setViewportSize({ width: 1280, height: 860 });
  });

  it('keeps paragraph links and the table of contents working in every mode', async () => {
    const reference = dataset.documents.find((document) => document.id === 'regional-consultative-processes');
    const heading = reference?.blocks.find((block) => block.kind === 'heading' && block.level === 2);
    for (const mode of ['fr', 'en', 'both'] as const) {
      await setReading(mode);
      await openDocument(app.page, 'regional-consultative-processes');
      const englishHeading = reference?.english?.blocks[heading?.id ?? '']?.text;
      // Side by side, the table of contents follows the interface language (French here).
      const label = mode === 'en' ? englishHeading : heading?.kind === 'heading' ? heading.text : '';
      // Side by side at 1280 pixels the contents are folded into the document's actions: open them.
      const folded = app.page.locator('.toc details:not([open]) > summary');
      if ((await folded.count()) > 0) await folded.click();
      await app.page.locator('.toc').getByRole('link', { name: label, exact: true }).click();
      await app.page.waitForFunction((id) => window.location.hash.endsWith(`/${id}`), heading?.id);
      await expect.poll(() => app.page.locator(`#block-${heading?.id}`).getAttribute('class')).toContain('is-target');
    }
  });

  it('explains a glossary term on hover and on keyboard focus, in the reading language', async () => {
    await setReading('en');
    await openDocument(app.page, 'gcm-africa-americas-dialogue');
    const term = app.page.locator('.term', { hasText: /^IOM$/u }).first();
    const tooltip = app.page.locator('.term-wrap', { has: term }).first().locator('[role="tooltip"]');
    expect(await tooltip.isVisible()).toBe(false);
    await term.hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('International Organization for Migration');
    await app.page.mouse.move(0, 0);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await term.focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const describedBy = await term.getAttribute('aria-describedby');
    expect(await tooltip.getAttribute('id')).toBe(describedBy);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    await setReading('fr');
    const french = app.page.locator('.term', { hasText: /^OIM$/u }).first();
    await french.hover();
    const frenchTip = app.page.locator('.term-wrap', { has: french }).first().locator('[role="tooltip"]');
    await expect.poll(() => frenchTip.isVisible()).toBe(true);
    expect(await frenchTip.textContent()).toContain('Organisation internationale pour les migrations');
  });

  it('filters the glossary as you type and links each entry to its passages', async () => {
    await goTo(app.page, '#/glossary');
    const entries = app.page.locator('.glossary-entry');
    await entries.first().waitFor();
    const total = await entries.count();
    expect(total).toBe(dataset.glossary.length);
    await app.page.locator('.glossary').getByRole('searchbox').fill('MIDSA');
    await expect.poll(() => entries.count()).toBeLessThan(total);
    const midsa = app.page.locator('#glossary-midsa');
    // The entry names where its facts come from, as a link that leaves the app only on confirmation.
    expect(await midsa.locator('.glossary-source .external-link').textContent()).toContain('iom.int');
    await midsa.locator('summary').click();
    await midsa.locator('.glossary-uses').getByRole('link').first().click();
    await app.page.waitForFunction(() => /^#\/read\/[a-z0-9-]+\/[a-z]-[0-9a-f]{8}/u.test(window.location.hash));
    const target = await app.page.evaluate(() => window.location.hash.split('/').pop());
    expect(await app.page.locator(`#block-${target}`).textContent()).toMatch(/MIDSA/u);
  });

  it('opens the first entry of a letter from the glossary A–Z index, marked as arrived at', async () => {
    await goTo(app.page, '#/glossary');
    const index = app.page.locator('.glossary-index');
    await index.waitFor();
    const letters = await index.getByRole('link').allTextContents();
    expect(letters).toEqual([...new Set(letters)]);
    expect(letters).toContain('M');
    await index.getByRole('link', { name: 'M', exact: true }).click();
    const arrived = app.page.locator('.glossary-entry.is-target');
    await arrived.waitFor();
    expect((await arrived.locator('.glossary-term').textContent())?.trim().charAt(0)).toBe('M');
    await expect.poll(() => arrived.evaluate((entry) => entry === document.activeElement)).toBe(true);
  });

  it('takes screenshots of the reader in all three modes', async () => {
    for (const mode of ['fr', 'en', 'both'] as const) {
      await setReading(mode);
      await openDocument(app.page, 'gcm-africa-americas-dialogue');
      await screenshot(app.page, `reader-mode-${mode}`);
    }
    await goTo(app.page, '#/glossary');
    await app.page.locator('.glossary-entry').first().waitFor();
    await screenshot(app.page, 'glossary-fr-light');
    await setReading('fr');
  });
});
