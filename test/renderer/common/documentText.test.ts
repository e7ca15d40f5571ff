import { describe, expect, it } from 'vitest';
import { excerptIn, titleIn } from '../../../renderer/src/common/documentText';

const title = { text: 'Processus consultatifs régionaux', source: 'page' as const };
const named = { id: 'regional-consultative-processes', role: 'page' as const, language: 'fr' as const };

describe('a document in a language', () => {
  it('takes the English title when there is one, and says the language of what it gives', () => {
    const english = { title: { text: 'Regional Consultative Processes', stale: false }, dateline: null };
    expect(titleIn({ ...named, title, english }, 'en')).toEqual({
      text: 'Regional Consultative Processes',
      language: 'en',
    });
    expect(titleIn({ ...named, title, english }, 'fr')).toEqual({ text: title.text, language: 'fr' });
  });

  it('falls back to the French title and excerpt where the English has none', () => {
    expect(titleIn({ ...named, title, english: null }, 'en')).toEqual({ text: title.text, language: 'fr' });
    expect(excerptIn({ language: 'fr', excerpt: { fr: 'Le Réseau…', en: null } }, 'en')).toEqual({
      text: 'Le Réseau…',
      language: 'fr',
    });
    expect(excerptIn({ language: 'fr', excerpt: { fr: 'Le Réseau…', en: 'The Network…' } }, 'en')).toEqual({
      text: 'The Network…',
      language: 'en',
    });
  });

  it('gives an English original its own title and excerpt whatever the language asked for', () => {
    const english = { ...named, id: 'my-0123456789abcdef', language: 'en' as const, english: null };
    expect(titleIn({ ...english, title: { text: 'Dialogue in Dakar', source: 'page' } }, 'fr')).toEqual({
      text: 'Dialogue in Dakar',
      language: 'en',
    });
    expect(excerptIn({ language: 'en', excerpt: { fr: '', en: 'Officials met…' } }, 'fr')).toEqual({
      text: 'Officials met…',
      language: 'en',
    });
  });
});
