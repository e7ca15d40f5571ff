import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { PassageKind, PassageText } from '@shared/document/passages';
import type { Language } from '@shared/document/vocabulary';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { createRendererI18n } from '../../../renderer/src/i18n/setup';
import { PassageProvenance } from '../../../renderer/src/reader/PassageProvenance';

const i18nFor = (language: Language) =>
  createRendererI18n({
    language,
    resources: { common: I18N_RESOURCES[language].common },
    onMissingKey: (key) => {
      throw new Error(`missing translation: ${key}`);
    },
  });

const english = (origin: 'published' | 'ours' | undefined): PassageText => ({
  text: 'Text.',
  language: 'en',
  untranslated: false,
  stale: false,
  english: { text: 'Text.', stale: false, ...(origin ? { origin } : {}) },
});

const render = (text: PassageText, kind: PassageKind, paired: boolean, language: Language = 'en'): string =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18nFor(language)}>
      <PassageProvenance text={text} kind={kind} paired={paired} />
    </I18nextProvider>,
  );

describe('PassageProvenance', () => {
  it('marks a published passage side by side, in the interface language', () => {
    expect(render(english('published'), 'paragraph', true)).toContain('IOM’s published English');
    expect(render(english('published'), 'paragraph', true, 'fr')).toContain('Anglais publié par l’OIM');
    expect(render(english('published'), 'paragraph', true)).toContain('data-origin="published"');
  });

  it('marks our translation side by side, English written before provenance was recorded included', () => {
    expect(render(english(undefined), 'paragraph', true)).toContain('Our translation, unofficial');
  });

  it('says nothing per passage when English is read alone, except for a quotation in our translation', () => {
    expect(render(english('ours'), 'paragraph', false)).toBe('');
    expect(render(english('published'), 'quote', false)).toBe('');
    const quotation = render(english('ours'), 'quote', false);
    expect(quotation).toContain('Translated quotation');
    expect(quotation).toContain('provenance-pinned');
  });

  it('marks nothing on French text, or where French stands in for missing English', () => {
    const french: PassageText = {
      text: 'Texte.',
      language: 'fr',
      untranslated: false,
      stale: false,
      english: undefined,
    };
    expect(render(french, 'paragraph', true)).toBe('');
    expect(render({ ...french, untranslated: true }, 'paragraph', true)).toBe('');
  });

  it("keeps a heading's name its own text", () => {
    expect(render(english('published'), 'heading', true)).toContain('aria-hidden="true"');
  });
});
