import { describe, expect, it } from 'vitest';
import { languageFromLocale } from '@shared/i18n/locale';
import { I18N_NAMESPACES, I18N_RESOURCES } from '@shared/i18n/resources';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1] ?? '').sort();
// Plural forms differ by language (French has "many"); compare keys without their suffix.
const withoutPluralSuffix = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/u, '');

describe.each(I18N_NAMESPACES)('the %s catalogues', (namespace) => {
  const fr = flatten(I18N_RESOURCES.fr[namespace] as Catalogue);
  const en = flatten(I18N_RESOURCES.en[namespace] as Catalogue);

  it('have the same keys in French and English', () => {
    expect(new Set([...en.keys()].map(withoutPluralSuffix))).toEqual(new Set([...fr.keys()].map(withoutPluralSuffix)));
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of fr) {
      const english = en.get(key) ?? en.get(`${withoutPluralSuffix(key)}_other`);
      if (english !== undefined) expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('have no empty text', () => {
    for (const [key, text] of [...fr, ...en]) expect(text.trim(), key).not.toBe('');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['en-GB', 'en'],
    ['en', 'en'],
    ['EN_us', 'en'],
    ['fr-FR', 'fr'],
    ['de-DE', 'fr'],
    ['', 'fr'],
    [undefined, 'fr'],
    ['english', 'fr'],
  ])('maps %j to %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
