import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, HtmlMetadata, HtmlTreeNode } from '@shared/import/article';
import { draftFromArticle } from '@shared/import/html';

const metadata = (overrides: Partial<HtmlMetadata> = {}): HtmlMetadata => ({
  lang: null,
  locale: null,
  documentTitle: null,
  ogTitle: null,
  siteName: null,
  heading: null,
  dates: [],
  urls: [],
  formCount: 0,
  ...overrides,
});
const article = (...children: HtmlTreeNode[]): ExtractedArticle['article'] => ({ tag: 'div', children });
const sentence = 'Les équipes ont recensé les besoins en eau, en abris et en soins dans les trois sites visités.';

describe('draftFromArticle', () => {
  it('takes the title from the heading, then og:title, then <title>, without the site name', () => {
    const read = draftFromArticle(
      {
        metadata: metadata({ documentTitle: 'Note | OIM', ogTitle: null }),
        article: article({ tag: 'p', children: [sentence] }),
      },
      'page.html',
    );
    expect(read.ok && read.value.content.title).toEqual({ text: 'Note', source: 'page' });
  });

  it('takes the file name as title when the page has none, and says so', () => {
    const read = draftFromArticle(
      { metadata: metadata(), article: article({ tag: 'p', children: [sentence] }) },
      'ma_page.html',
    );
    expect(read.ok && read.value.content.title).toEqual({ text: 'ma page', source: 'file-name' });
    expect(read.ok && read.value.warnings.map((warning) => warning.code)).toEqual(['title-from-file-name']);
  });

  it('reads the declared language before the text’s, and ignores a language that is neither', () => {
    const english = draftFromArticle(
      { metadata: metadata({ lang: 'en-GB' }), article: article({ tag: 'p', children: [sentence] }) },
      'a.html',
    );
    expect(english.ok && english.value.content.language).toBe('en');
    const spanish = draftFromArticle(
      { metadata: metadata({ lang: 'es' }), article: article({ tag: 'p', children: [sentence] }) },
      'a.html',
    );
    expect(spanish.ok && spanish.value.content.language).toBe('fr');
  });

  it('takes the first readable date of the metadata', () => {
    const read = draftFromArticle(
      {
        metadata: metadata({ dates: ['hier', '2023-11-02T08:00:00Z'] }),
        article: article({ tag: 'p', children: [sentence] }),
      },
      'a.html',
    );
    expect(read.ok && read.value.metadataDate).toEqual({ iso: '2023-11-02', precision: 'day' });
  });

  it('warns when most of an article with enough prose is links', () => {
    const prose = Array(5).fill(sentence).join(' ');
    const links = {
      tag: 'ul',
      children: Array.from({ length: 30 }, (_, index) => ({
        tag: 'li',
        children: [{ tag: 'a', children: [`Un lien vers la page numéro ${index}`] }],
      })),
    };
    const read = draftFromArticle(
      { metadata: metadata(), article: article({ tag: 'p', children: [prose] }, links) },
      'a.html',
    );
    expect(read.ok && read.value.warnings.map((warning) => warning.code)).toContain('mostly-links');
  });

  it('refuses a page the reader found nothing in', () => {
    expect(draftFromArticle(null, 'a.html')).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    expect(draftFromArticle({ metadata: metadata(), article: null }, 'a.html')).toMatchObject({
      ok: false,
      error: { code: 'no-text' },
    });
  });
});
