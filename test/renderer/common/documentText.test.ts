import { describe, expect, it } from 'vitest';
import { excerptIn, titleIn } from '../../../renderer/src/common/documentText';

const title = { text: 'Processus consultatifs régionaux', source: 'page' as const };

describe('a document in a language', () => {
  it('takes the English title when there is one, and says the language of what it gives', () => {
    const english = { title: { text: 'Regional Consultative Processes', stale: false }, dateline: null };
    expect(titleIn({ title, english }, 'en')).toEqual({ text: 'Regional Consultative Processes', language: 'en' });
    expect(titleIn({ title, english }, 'fr')).toEqual({ text: title.text, language: 'fr' });
  });

  it('falls back to the French title and excerpt where the English has none', () => {
    expect(titleIn({ title, english: null }, 'en')).toEqual({ text: title.text, language: 'fr' });
    expect(excerptIn({ excerpt: { fr: 'Le Réseau…', en: null } }, 'en')).toEqual({
      text: 'Le Réseau…',
      language: 'fr',
    });
    expect(excerptIn({ excerpt: { fr: 'Le Réseau…', en: 'The Network…' } }, 'en')).toEqual({
      text: 'The Network…',
      language: 'en',
    });
  });
});
