import { describe, expect, it } from 'vitest';
import { cutOnWord, excerptOf } from '@shared/document/excerpt';
import type { Block } from '@shared/document/schema';

const paragraph = (id: string, text: string): Block => ({ kind: 'paragraph', id, text, footnoteMarkers: [] });

describe('excerptOf', () => {
  it('joins the prose, leaving out headings and contact lines', () => {
    const blocks: Block[] = [
      { kind: 'heading', id: 'h-00000001', level: 2, text: 'Titre de section' },
      paragraph('p-00000002', 'Premier paragraphe.'),
      { kind: 'contact', id: 'c-00000003', text: 'a@iom.int', contacts: [{ type: 'email', value: 'a@iom.int' }] },
      { kind: 'quote', id: 'q-00000004', text: '« Citation. »', speaker: null },
    ];
    expect(excerptOf({ blocks }, 'fr')).toBe('Premier paragraphe. « Citation. »');
  });

  it('never puts French in an English excerpt', () => {
    const blocks = [paragraph('p-00000001', 'Traduit.'), paragraph('p-00000002', 'Pas traduit.')];
    const english = { blocks: { 'p-00000001': { text: 'Translated.', stale: false } } };
    expect(excerptOf({ blocks, english }, 'en')).toBe('Translated.');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const text = `${'mot '.repeat(100)}fin.`;
    const excerpt = excerptOf({ blocks: [paragraph('p-00000001', text)] }, 'fr');
    expect(excerpt.length).toBeLessThanOrEqual(241);
    expect(excerpt).toMatch(/mot…$/u);
  });
});

describe('cutOnWord', () => {
  it('keeps a short text whole', () => {
    expect(cutOnWord('Deux mots.', 20)).toBe('Deux mots.');
  });

  it('cuts at the last space before the length, never inside a word, without a dangling comma', () => {
    expect(cutOnWord('La coopération Sud-Sud, un levier', 24)).toBe('La coopération Sud-Sud…');
  });

  it('cuts a single long word at the length rather than returning almost nothing', () => {
    expect(cutOnWord('a Développement', 10)).toBe('a Développ…');
  });
});
