import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@shared/document/vocabulary';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { createRendererI18n } from '../../../renderer/src/i18n/setup';
import type { DecorationRange } from '../../../renderer/src/reader/text-layers/inline-segments';
import { InlineText } from '../../../renderer/src/reader/InlineText';

vi.mock('../../../renderer/src/glossary/GlossaryContext', async () => {
  const { glossaryEntries, matchFrenchTerms } = await import('./text-layers/glossary-fixture');
  const glossary = { entries: glossaryEntries, matchers: { fr: matchFrenchTerms, en: () => [] } };
  return { useGlossary: () => glossary };
});
// ExternalLink asks for the API only when clicked; rendering needs the hook to answer.
vi.mock('../../../renderer/src/services/context', () => ({ useServices: () => ({ api: {}, db: {} }) }));

const i18n = createRendererI18n({
  language: 'fr',
  resources: { common: I18N_RESOURCES.fr.common },
  onMissingKey: (key) => {
    throw new Error(`missing translation: ${key}`);
  },
});

const render = (
  text: string,
  props: {
    footnoteHrefs?: ReadonlyMap<string, string>;
    decorations?: DecorationRange[];
    language?: Language;
    firstMentions?: ReadonlySet<string>;
  } = {},
): string =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <InlineText text={text} language={props.language ?? 'fr'} {...props} />
    </I18nextProvider>,
  )
    // useId's values depend on the tree's shape, not on what is drawn.
    .replace(/_R_\w+_/gu, 'ID');

const opensInBrowser = i18n.t('common.opensInBrowser');
const hrefs = new Map([['*', '#/read/gcm/f-11111111']]);
const highlight = (start: number, end: number): DecorationRange => ({ layer: 'highlight', start, end, data: null });

describe('InlineText', () => {
  it('renders a text without ranges as it is', () => {
    expect(render('Les États membres')).toBe('Les États membres');
  });

  it('renders an https address as a link to the browser', () => {
    expect(render('Voir https://www.iom.int.')).toBe(
      'Voir <a class="external-link" href="https://www.iom.int">https://www.iom.int' +
        `<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${opensInBrowser}</span></a>.`,
    );
  });

  it('renders an e-mail address and a non-https address as text to copy', () => {
    const html = render('Écrire à cceli@iom.int ou voir www.iom.int');
    expect(html).toContain(
      '<span class="contact-point contact-email">cceli@iom.int<button type="button" class="copy-button" aria-label="',
    );
    expect(html).toContain('<span class="contact-point contact-url">www.iom.int<button');
  });

  it('renders a footnote marker as a link to its footnote, and leaves one without a footnote as text', () => {
    expect(render('Les participants* et les États**', { footnoteHrefs: hrefs })).toBe(
      'Les participants<sup class="footnote-ref"><a href="#/read/gcm/f-11111111" aria-label="Voir la note *">*</a></sup>' +
        ' et les États**',
    );
  });

  it('renders a glossary term with its explanation in the reading language, its name in the other, and where it leads', () => {
    expect(render('Le GCM.')).toBe(
      'Le <span class="term-wrap"><a class="term" href="#/glossary/gcm" aria-describedby="ID">GCM</a>' +
        '<span role="tooltip" id="ID" class="term-tip" lang="fr">' +
        '<span class="term-tip-expansion">Pacte mondial pour des migrations sûres, ordonnées et régulières</span>' +
        '<span class="term-tip-other" lang="en">GCM — Global Compact for Migration</span>' +
        '<span class="term-tip-definition">Le Pacte adopté en 2018.</span>' +
        '<span class="term-tip-hint" lang="fr">Activer le lien ouvre l’entrée du glossaire.</span></span></span>.',
    );
  });

  it('marks only the first mention of a term in its section; the others stay quiet', () => {
    const classes = (markup: string): string[] =>
      [...markup.matchAll(/<a class="([^"]+)" href="#\/glossary/gu)].map((match) => match[1] ?? '');
    expect(classes(render('Le GCM, puis le GCM.', { firstMentions: new Set(['gcm']) }))).toEqual([
      'term',
      'term term-quiet',
    ]);
    expect(classes(render('Encore le GCM.', { firstMentions: new Set() }))).toEqual(['term term-quiet']);
    expect(classes(render('Le GCM, puis le GCM.'))).toEqual(['term', 'term']);
  });

  it('renders decorations as marks named by their layer, nested where they nest', () => {
    expect(
      render('Les États membres', {
        decorations: [highlight(4, 17), { layer: 'search-hit', start: 4, end: 9, data: null }],
      }),
    ).toBe(
      'Les <mark data-layer="highlight"><mark data-layer="search-hit">États</mark></mark>' +
        '<mark data-layer="highlight"> membres</mark>',
    );
  });

  it('draws a decoration crossing into a link inside that one link', () => {
    expect(render('Voir https://www.iom.int', { decorations: [highlight(0, 13)] })).toBe(
      '<mark data-layer="highlight">Voir </mark><a class="external-link" href="https://www.iom.int">' +
        '<mark data-layer="highlight">https://</mark>www.iom.int' +
        `<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${opensInBrowser}</span></a>`,
    );
  });

  it('draws a decoration inside a footnote marker’s link', () => {
    expect(render('Les participants*', { footnoteHrefs: hrefs, decorations: [highlight(0, 17)] })).toBe(
      '<mark data-layer="highlight">Les participants</mark><sup class="footnote-ref">' +
        '<a href="#/read/gcm/f-11111111" aria-label="Voir la note *"><mark data-layer="highlight">*</mark></a></sup>',
    );
  });

  it('draws a decoration inside a glossary term, keeping the term a link with its explanation', () => {
    expect(render('Le GCM.', { decorations: [highlight(3, 5)] })).toMatch(
      /^Le <span class="term-wrap"><a class="term" href="#\/glossary\/gcm" aria-describedby="ID"><mark data-layer="highlight">GC<\/mark>M<\/a><span role="tooltip"/u,
    );
  });

  it('ignores decorations outside the text', () => {
    expect(render('Les États', { decorations: [highlight(5, 40), highlight(3, 3)] })).toBe('Les États');
  });
});
